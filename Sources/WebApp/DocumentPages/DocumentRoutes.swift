/// (Being written.)
struct DocumentRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

/// (Being written.)
struct ProgressRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

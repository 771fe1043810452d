/// (Being written.)
struct AdminRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

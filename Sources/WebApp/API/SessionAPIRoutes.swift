/// (Being written.)
struct SessionAPIRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

/// (Being written.)
struct NextYearRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

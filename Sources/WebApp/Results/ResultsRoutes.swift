/// (Being written.)
struct ResultsRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

/// (Being written.)
struct MeasuresRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

/// (Being written.)
struct AnalysisRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

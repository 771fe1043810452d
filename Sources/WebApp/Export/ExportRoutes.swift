/// (Being written.)
struct ExportRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

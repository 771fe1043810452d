/// (Being written.)
struct OpenAPIRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

/// (Being written.)
struct MeetingRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {}
}

import Criteria
import Storage

extension WebApplication {
    /// Every route of the app with its access rule, as `routes(environment:)` registers them.
    /// Registering touches no data, so an empty in-memory store stands in for the real one.
    static var registeredRoutes: [RouteEntry] {
        let environment = WebEnvironment(repositories: InMemoryStore().repositories, catalog: CriteriaCatalog(years: [:]))
        return routes(environment: environment).entries
    }
}

import Criteria
import Foundation
import Hummingbird
import Logging
import Storage
import WebApp

/// Builds the whole server from a configuration: storage, first start, the web app.
public enum ProngsaiServer {
    public struct Built<App: ApplicationProtocol>: Sendable {
        public var application: App
        public var firstStart: FirstStartReport
        public var repositories: Repositories
        /// The read cache in front of `repositories` (its `isListening` tells whether other servers' writes show at once).
        public var cache: CachingRepositories
    }

    /// The one `buildApplication`: `prongsai serve` and the tests both come through here.
    public static func buildApplication(
        configuration: ServerConfiguration, logger: Logger = Logger(label: "prongsai"),
        now: @escaping @Sendable () -> Date = { Date() },
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> Built<some ApplicationProtocol> {
        let catalog = try CriteriaCatalog.shared.get()
        let stored = try await StorageBootstrap.open(
            configuration.database, logger: logger)
        // Every page reads the session, the user, the agency and the year's plan: keep them in memory.
        let cache = CachingRepositories(stored.repositories)
        if let feed = stored.cacheFeed {
            // Hears other servers' writes for the life of the process, like the connection pool.
            Task { await feed { cache.receive($0) } }
        }
        let repositories = cache.repositories
        let firstStart = try await FirstStart.run(
            repositories: repositories, catalog: catalog, seedExample: configuration.seedExample,
            bcryptCost: configuration.bcryptCost, now: now())
        var environment = WebEnvironment(
            repositories: repositories, catalog: catalog,
            options: WebOptions(
                secureCookies: configuration.secureCookies, bcryptCost: configuration.bcryptCost,
                metricsToken: configuration.metricsToken, filingLimit: configuration.filingLimit),
            now: now, generation: { cache.generation(agency: $0) })
        environment.options.linkCheckAllowsLoopbackForTests = configuration.linkCheckAllowsLoopbackForTests
        // Criteria an administrator saved count from the first request on.
        try await environment.criteriaLibrary.refresh(from: repositories.criteria)
        // The watch log of the review window runs inside the server, as a service that stops with it.
        let watch = configuration.watchIntervalSeconds > 0
            ? DisclosureWatch.Configuration(interval: .seconds(configuration.watchIntervalSeconds)) : nil
        let application = WebApplication.application(
            environment: environment, host: configuration.host, port: configuration.port, logger: logger,
            disclosureWatch: watch, onServerRunning: onServerRunning)
        return Built(application: application, firstStart: firstStart, repositories: repositories, cache: cache)
    }
}

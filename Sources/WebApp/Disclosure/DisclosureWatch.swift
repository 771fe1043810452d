import Disclosure
import Foundation
import LinkChecking
import Logging
import ServiceLifecycle
import ThaiText
import Workbench

/// During each agency's review window, opens its public transparency page and the links on its main
/// domain every `interval`, and records each answer in the watch log: the agency's proof that the page
/// the assessor read stayed up. Runs inside the server as a service; stops with it.
public struct DisclosureWatch: Service {
    public struct Configuration: Sendable {
        /// Time between two rounds.
        public var interval: Duration
        /// Bounds of one agency's round.
        public var policy: LinkCheckPolicy

        public init(interval: Duration = .seconds(600), policy: LinkCheckPolicy = LinkCheckPolicy(timeout: 5, maxRequests: 60, concurrency: 2)) {
            self.interval = interval
            self.policy = policy
        }
    }

    let environment: WebEnvironment
    let configuration: Configuration
    let logger: Logger

    public init(environment: WebEnvironment, configuration: Configuration, logger: Logger) {
        self.environment = environment
        self.configuration = configuration
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                let recorded = try await runOnce()
                if recorded > 0 { logger.info("disclosure watch", metadata: ["entries": "\(recorded)"]) }
            } catch is CancellationError {
                return
            } catch {
                logger.error("disclosure watch failed", metadata: ["error": "\(error)"])
            }
            do {
                let interval = configuration.interval
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }

    /// One round over every agency in its review window; the number of entries recorded.
    @discardableResult
    public func runOnce() async throws -> Int {
        let today = ThaiDate(environment.now())
        var recorded = 0
        for settings in try await environment.repositories.disclosures.fetchAllDisclosureSettings()
        where settings.isReviewing(on: today) {
            recorded += try await watch(settings)
        }
        return recorded
    }

    func watch(_ settings: DisclosureSettings) async throws -> Int {
        guard let year = settings.reviewYear, let criteria = try? environment.catalog.criteria(for: year),
              let agency = try await environment.repositories.agencies.fetchAgency(id: settings.agencyID)
        else { return 0 }
        let data = try await DisclosureYearData.load(agency: agency, year: year, criteria: criteria, environment)
        var policy = configuration.policy
        if environment.options.linkCheckAllowsLoopbackForTests { policy.allowLoopbackForTests = true }
        let checker = LinkChecker(policy: policy)
        var statuses: [LinkStatus] = []
        // The public page first, on whatever site serves it.
        let page = PublicPaths.absolute(settings, PublicPaths.year(agency.slug, year))
        if let pageDomain = MainDomain(website: page) {
            statuses += await checker.check([page], domain: pageDomain)
        }
        if let domain = settings.mainDomain {
            let urls = DisclosureLinks.toCheck(data.records, domain: domain, limit: configuration.policy.maxRequests)
                .filter { $0 != page }
            statuses += await checker.check(urls, domain: domain)
        }
        let now = environment.now()
        let entries = statuses.map { WatchLogEntry($0, id: Identifier(UUID()), agency: agency.id, fiscalYear: year, at: now) }
        try await environment.repositories.disclosures.insertWatchLogEntries(entries, actor: .system(at: now))
        return entries.count
    }
}

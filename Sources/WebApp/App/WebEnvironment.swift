import Criteria
import Foundation
import NIOCore
import Storage
import Workbench

/// Everything the routes need, built once: storage, criteria, options and the clock.
public struct WebEnvironment: Sendable {
    public var repositories: Repositories
    /// The bundled criteria with the versions an administrator saved.
    public let criteriaLibrary: CriteriaLibrary
    /// Every year's newest criteria.
    public var catalog: CriteriaCatalog { criteriaLibrary.catalog }
    public var options: WebOptions
    /// The clock; tests pass a fixed one.
    public var now: @Sendable () -> Date
    /// Failed sign-ins per username, shared by the sign-in page and the API.
    public let signInThrottle = SignInThrottle()
    /// The bound on PDF rendering, imports and other work that takes seconds, shared by every route.
    public let heavyWork = HeavyWorkLimiter()
    /// A number that changes whenever an agency's data is written, when the storage is cached;
    /// nil turns page caching off.
    public var generation: (@Sendable (Identifier<AgencyRecord>) -> UInt64)?
    /// Rendered page parts, keyed by what they depend on (including the generation).
    let pages = ReadCache<String, HTML>(lifetime: .seconds(2), capacity: 2_000)
    /// Whole pages as sent to one session, for pages people reload often (the dashboard).
    let sessionPages = ReadCache<String, ByteBuffer>(lifetime: .seconds(2), capacity: 500)

    public init(
        repositories: Repositories, catalog: CriteriaCatalog, options: WebOptions = WebOptions(),
        now: @escaping @Sendable () -> Date = { Date() },
        generation: (@Sendable (Identifier<AgencyRecord>) -> UInt64)? = nil
    ) {
        self.repositories = repositories
        criteriaLibrary = CriteriaLibrary(bundled: catalog)
        self.options = options
        self.now = now
        self.generation = generation
    }

    /// The criteria a plan is scored with: the version of its assessed year recorded for it, or
    /// the newest when none is recorded.
    func criteria(for plan: StoredPlan) async throws -> Criteria? {
        let uses = try await repositories.criteria.fetchCriteriaUses(agency: plan.year.agencyID)
        // A use recorded for another assessed year (the result was replaced since) no longer applies.
        if let use = uses.first(where: { $0.subject == CriteriaSubject.plan(plan.year.planYear) }),
            use.fiscalYear == plan.year.assessedYear,
            let criteria = criteriaLibrary.criteria(year: use.fiscalYear, version: use.version)
        {
            return criteria
        }
        return catalog.years[plan.year.assessedYear]
    }

    /// A whole page for one session from the cache, or rendered and kept. The key must name all the
    /// page depends on besides the agency's data (user, language, year); without a generation nothing is kept.
    func cachedPage(
        agency: Identifier<AgencyRecord>, key: String, render: @escaping @Sendable () async throws -> String
    ) async throws -> ByteBuffer {
        guard let generation else { return ByteBuffer(string: try await render()) }
        return try await sessionPages.shared("\(agency)|\(generation(agency))|\(key)") { ByteBuffer(string: try await render()) }
    }

    /// A page part from the cache, or rendered and kept; without a generation nothing is kept.
    func cachedPart(
        agency: Identifier<AgencyRecord>, key: String, render: @escaping @Sendable () async throws -> HTML
    ) async throws -> HTML {
        guard let generation else { return try await render() }
        return try await pages.shared("\(agency)|\(generation(agency))|\(key)", load: render)
    }
}

import Criteria
import Foundation
import Storage
import Workbench

/// Everything the routes need, built once: storage, criteria, options and the clock.
public struct WebEnvironment: Sendable {
    public var repositories: Repositories
    public var catalog: CriteriaCatalog
    public var options: WebOptions
    /// The clock; tests pass a fixed one.
    public var now: @Sendable () -> Date
    /// Failed sign-ins per username, shared by the sign-in page and the API.
    public let signInThrottle = SignInThrottle()
    /// A number that changes whenever an agency's data is written, when the storage is cached;
    /// nil turns page caching off.
    public var generation: (@Sendable (Identifier<AgencyRecord>) -> UInt64)?
    /// Rendered page parts, keyed by what they depend on (including the generation).
    let pages = ReadCache<String, HTML>(lifetime: .seconds(2), capacity: 2_000)

    public init(
        repositories: Repositories, catalog: CriteriaCatalog, options: WebOptions = WebOptions(),
        now: @escaping @Sendable () -> Date = { Date() },
        generation: (@Sendable (Identifier<AgencyRecord>) -> UInt64)? = nil
    ) {
        self.repositories = repositories
        self.catalog = catalog
        self.options = options
        self.now = now
        self.generation = generation
    }

    /// A page part from the cache, or rendered and kept; without a generation nothing is kept.
    func cachedPart(agency: Identifier<AgencyRecord>, key: String, render: () async throws -> HTML) async throws -> HTML {
        guard let generation else { return try await render() }
        let fullKey = "\(agency)|\(generation(agency))|\(key)"
        if let cached = pages.value(fullKey) { return cached }
        let rendered = try await render()
        pages.store(rendered, for: fullKey)
        return rendered
    }
}

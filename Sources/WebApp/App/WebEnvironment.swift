import Criteria
import Foundation
import Storage

/// Everything the routes need, built once: storage, criteria, options and the clock.
public struct WebEnvironment: Sendable {
    public var repositories: Repositories
    public var catalog: CriteriaCatalog
    public var options: WebOptions
    /// The clock; tests pass a fixed one.
    public var now: @Sendable () -> Date

    public init(
        repositories: Repositories, catalog: CriteriaCatalog, options: WebOptions = WebOptions(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.repositories = repositories
        self.catalog = catalog
        self.options = options
        self.now = now
    }
}

import Foundation
import Synchronization
import Workbench

/// Keeps the reads every page makes (session, user, agency, the year's plan and progress) in memory,
/// and evicts them when a write goes through it. Each agency has a generation number that every
/// write to its plans bumps, so rendered pages can be cached by it too.
public final class CachingRepositories: Sendable {
    let base: Repositories
    let sessions = ReadCache<String, SessionRecord>(lifetime: .seconds(5))
    let users = ReadCache<Identifier<UserAccount>, UserAccount>(lifetime: .seconds(5))
    let agenciesBySlug = ReadCache<String, AgencyRecord>(lifetime: .seconds(30))
    let agenciesByID = ReadCache<Identifier<AgencyRecord>, AgencyRecord>(lifetime: .seconds(30))
    let divisions = ReadCache<Identifier<AgencyRecord>, [Division]>(lifetime: .seconds(30))
    let planYears = ReadCache<Identifier<AgencyRecord>, [Int]>(lifetime: .seconds(2))
    let plans = ReadCache<YearKey, StoredPlan>(lifetime: .seconds(2))
    let progress = ReadCache<YearKey, [ProgressEntry]>(lifetime: .seconds(2))
    private let generations = Mutex<[Identifier<AgencyRecord>: UInt64]>([:])

    struct YearKey: Hashable, Sendable {
        var agency: Identifier<AgencyRecord>
        var year: Int
    }

    public init(_ base: Repositories) {
        self.base = base
    }

    /// The same repositories, reads cached.
    public var repositories: Repositories {
        Repositories(
            agencies: CachingAgencyRepository(cache: self), users: CachingUserRepository(cache: self),
            plans: CachingPlanRepository(cache: self), audit: base.audit,
            disclosures: CachingDisclosureRepository(cache: self), complaints: base.complaints,
            // Criteria are saved a few times a year and read by admin pages only: not worth a cache.
            criteria: base.criteria)
    }

    /// Changes whenever a plan, measure, progress entry or meeting of the agency is written here.
    /// Pages rendered from cached data carry it in their cache key. Writes by other processes show
    /// after the plan cache's two seconds, so the page cache must not live longer than that.
    public func generation(agency: Identifier<AgencyRecord>) -> UInt64 {
        generations.withLock { $0[agency] ?? 0 }
    }

    func planChanged(agency: Identifier<AgencyRecord>) {
        planYears.remove(agency)
        plans.removeAll { key, _ in key.agency == agency }
        progress.removeAll { key, _ in key.agency == agency }
        generations.withLock { $0[agency, default: 0] &+= 1 }
    }

    /// Disclosure writes change the public transparency page, which is cached by generation.
    func disclosureChanged(agency: Identifier<AgencyRecord>) {
        generations.withLock { $0[agency, default: 0] &+= 1 }
    }

    func agencyChanged(_ agency: Identifier<AgencyRecord>) {
        agenciesByID.remove(agency)
        agenciesBySlug.removeAll { _, record in record.id == agency }
        divisions.remove(agency)
        generations.withLock { $0[agency, default: 0] &+= 1 }
    }
}

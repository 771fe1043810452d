import Foundation
import Synchronization
import Workbench

/// Keeps the reads every page makes (session, user, agency, the year's plan and progress) in memory,
/// and evicts them when a write goes through it. Each agency has a generation number that every
/// write to its plans bumps, so rendered pages can be cached by it too.
///
/// Several server processes on one database hear each other's writes through a change feed
/// (`receive(_:)`, PostgreSQL's LISTEN/NOTIFY); without one, the short lifetimes below bound how long
/// another process's write stays unseen.
public final class CachingRepositories: Sendable {
    let base: Repositories
    let sessions = ReadCache<String, SessionRecord>(lifetime: CachingRepositories.shortLifetimes.session)
    let users = ReadCache<Identifier<UserAccount>, UserAccount>(lifetime: CachingRepositories.shortLifetimes.session)
    let agenciesBySlug = ReadCache<String, AgencyRecord>(lifetime: CachingRepositories.shortLifetimes.agency)
    let agenciesByID = ReadCache<Identifier<AgencyRecord>, AgencyRecord>(lifetime: CachingRepositories.shortLifetimes.agency)
    let divisions = ReadCache<Identifier<AgencyRecord>, [Division]>(lifetime: CachingRepositories.shortLifetimes.agency)
    let planYears = ReadCache<Identifier<AgencyRecord>, [Int]>(lifetime: CachingRepositories.shortLifetimes.plan)
    let plans = ReadCache<YearKey, StoredPlan>(lifetime: CachingRepositories.shortLifetimes.plan)
    let progress = ReadCache<YearKey, [ProgressEntry]>(lifetime: CachingRepositories.shortLifetimes.plan)
    /// Per agency, plus one epoch for all of them: a page key holds their sum, which only ever grows.
    let generations = Mutex<(epoch: UInt64, agencies: [Identifier<AgencyRecord>: UInt64])>((0, [:]))
    let feedListening = Mutex(false)

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
    /// at once through the change feed, or after the plan cache's two seconds without one, so the
    /// page cache must not live longer than that.
    public func generation(agency: Identifier<AgencyRecord>) -> UInt64 {
        generations.withLock { $0.epoch &+ ($0.agencies[agency] ?? 0) }
    }

    func planChanged(agency: Identifier<AgencyRecord>) {
        planYears.remove(agency)
        plans.removeAll { key, _ in key.agency == agency }
        progress.removeAll { key, _ in key.agency == agency }
        bumpGeneration(agency)
    }

    /// Disclosure writes change the public transparency page, which is cached by generation.
    func disclosureChanged(agency: Identifier<AgencyRecord>) {
        bumpGeneration(agency)
    }

    func agencyChanged(_ agency: Identifier<AgencyRecord>) {
        agenciesByID.remove(agency)
        agenciesBySlug.removeAll { _, record in record.id == agency }
        divisions.remove(agency)
        bumpGeneration(agency)
    }

    func bumpGeneration(_ agency: Identifier<AgencyRecord>) {
        generations.withLock { $0.agencies[agency, default: 0] &+= 1 }
    }
}

import Foundation
import Synchronization
import Workbench

/// What one write changed, in the words other server processes on the same database need to drop
/// their cached copies: `<kind>:<id>` on the wire.
public enum CacheChange: Hashable, Sendable {
    /// An account, and with it every session of that account.
    case user(Identifier<UserAccount>)
    /// One session, by the hash of its token (sign-out).
    case session(tokenHash: String)
    /// An agency's record or divisions.
    case agency(Identifier<AgencyRecord>)
    /// A plan, measure, progress entry or meeting report of the agency.
    case plan(Identifier<AgencyRecord>)
    /// The agency's disclosure records, which its public page shows.
    case disclosure(Identifier<AgencyRecord>)

    /// The notification payload, e.g. `plan:0b4c…`.
    public var payload: String {
        switch self {
        case .user(let id): "user:\(id)"
        case .session(let hash): "session:\(hash)"
        case .agency(let id): "agency:\(id)"
        case .plan(let id): "plan:\(id)"
        case .disclosure(let id): "disclosure:\(id)"
        }
    }

    /// Reads a payload; nil for anything this version does not know (a newer server may send more kinds).
    public init?(payload: String) {
        guard let colon = payload.firstIndex(of: ":") else { return nil }
        let kind = payload[..<colon], value = String(payload[payload.index(after: colon)...])
        switch kind {
        case "user": guard let id = Identifier<UserAccount>(value) else { return nil }; self = .user(id)
        case "session": guard !value.isEmpty else { return nil }; self = .session(tokenHash: value)
        case "agency": guard let id = Identifier<AgencyRecord>(value) else { return nil }; self = .agency(id)
        case "plan": guard let id = Identifier<AgencyRecord>(value) else { return nil }; self = .plan(id)
        case "disclosure": guard let id = Identifier<AgencyRecord>(value) else { return nil }; self = .disclosure(id)
        default: return nil
        }
    }
}

/// The changes the write running in this task makes. The caching layer sets it around each write;
/// an adapter shared by several processes (PostgreSQL) announces them inside the committing
/// transaction, so they are heard exactly when the write becomes visible. Single-process adapters
/// ignore it.
public enum PendingCacheChanges {
    @TaskLocal public static var current: [CacheChange] = []
}

/// What a change feed reports to the caches of this process.
public enum CacheFeedEvent: Sendable {
    /// The feed is connected and listening: changes made elsewhere from now on will be heard.
    case listening
    /// Another process (or this one) committed this change.
    case changed(CacheChange)
    /// The feed is down: nothing made elsewhere is heard until it reports `listening` again.
    case lost
}

extension CachingRepositories {
    /// Reads stay this long while a change feed is listening. Changes are heard at once then; the bound
    /// only limits the harm of a write that bypassed the caching layer (another tool on the database).
    static let listeningLifetimes = (session: Duration.seconds(60), agency: Duration.seconds(300), plan: Duration.seconds(60))
    /// Without a feed (one process, or the feed down), how long another process's write can stay unseen.
    static let shortLifetimes = (session: Duration.seconds(5), agency: Duration.seconds(30), plan: Duration.seconds(2))

    /// Applies what the change feed reports. `listening` empties every cache, since changes made while
    /// the feed was down were not heard; `lost` shortens every lifetime back to the single-process bounds.
    public func receive(_ event: CacheFeedEvent) {
        switch event {
        case .listening:
            setLifetimes(Self.listeningLifetimes)
            removeAllCached()
            feedListening.withLock { $0 = true }
        case .lost:
            feedListening.withLock { $0 = false }
            setLifetimes(Self.shortLifetimes)
        case .changed(let change):
            apply(change)
        }
    }

    /// Whether a change feed is connected, so writes by other processes show at once.
    public var isListening: Bool { feedListening.withLock { $0 } }

    /// Runs a write with its change announced to other processes, then drops this process's copies.
    func write(_ change: CacheChange, _ body: () async throws -> Void) async throws {
        try await PendingCacheChanges.$current.withValue([change]) { try await body() }
        apply(change)
    }

    func apply(_ change: CacheChange) {
        switch change {
        case .user(let user):
            users.remove(user)
            sessions.removeAll { _, session in session.userID == user }
        case .session(let tokenHash): sessions.remove(tokenHash)
        case .agency(let agency): agencyChanged(agency)
        case .plan(let agency): planChanged(agency: agency)
        case .disclosure(let agency): disclosureChanged(agency: agency)
        }
    }

    private func setLifetimes(_ lifetimes: (session: Duration, agency: Duration, plan: Duration)) {
        sessions.setLifetime(lifetimes.session)
        users.setLifetime(lifetimes.session)
        agenciesBySlug.setLifetime(lifetimes.agency)
        agenciesByID.setLifetime(lifetimes.agency)
        divisions.setLifetime(lifetimes.agency)
        planYears.setLifetime(lifetimes.plan)
        plans.setLifetime(lifetimes.plan)
        progress.setLifetime(lifetimes.plan)
    }

    private func removeAllCached() {
        sessions.removeAll()
        users.removeAll()
        agenciesBySlug.removeAll()
        agenciesByID.removeAll()
        divisions.removeAll()
        planYears.removeAll()
        plans.removeAll()
        progress.removeAll()
        // Pages rendered before the feed connected may show changes it missed.
        generations.withLock { $0.epoch &+= 1 }
    }
}

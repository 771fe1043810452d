import Foundation
import Workbench

/// Every repository in memory, for tests and previews. One actor holds all state, so each call is
/// atomic the way a database transaction is.
public actor InMemoryStore {
    var agencies: [Identifier<AgencyRecord>: AgencyRecord] = [:]
    var divisions: [Identifier<AgencyRecord>: [Division]] = [:]
    var users: [Identifier<UserAccount>: UserAccount] = [:]
    var sessions: [String: SessionRecord] = [:]
    var years: [String: FiscalYearRecord] = [:]
    var measures: [Identifier<MeasureRecord>: MeasureRecord] = [:]
    var progress: [Identifier<ProgressEntry>: ProgressEntry] = [:]
    var evidence: [Identifier<EvidenceFile>: EvidenceFile] = [:]
    var blobs: [String: Data] = [:]
    var meetings: [Identifier<MeetingReport>: MeetingReport] = [:]
    var audit: [AuditEvent] = []
    var disclosure = InMemoryDisclosure()
    var complaintState = InMemoryComplaintState()
    var criteria = InMemoryCriteria()

    public init() {}

    /// The four repositories, all backed by this store.
    public nonisolated var repositories: Repositories {
        Repositories(
            agencies: self, users: self, plans: self, audit: self, disclosures: self, complaints: self, criteria: self)
    }

    static func yearKey(_ agency: Identifier<AgencyRecord>, _ year: Int) -> String { "\(agency)/\(year)" }
}

extension InMemoryStore: AgencyRepository {
    public func insertAgency(_ agency: AgencyRecord, divisions names: [String], actor: Actor) throws {
        guard !agencies.values.contains(where: { $0.slug == agency.slug }) else {
            throw StorageError.duplicate(field: "slug", value: agency.slug)
        }
        agencies[agency.id] = agency
        divisions[agency.id] = Self.makeDivisions(names, agency: agency.id)
        audit.append(.change("create", entity: "agency", entityID: agency.id.description, agencyID: agency.id, before: AgencyRecord?.none, after: agency, actor: actor))
    }

    public func fetchAgency(slug: String) -> AgencyRecord? { agencies.values.first { $0.slug == slug } }
    public func fetchAgency(id: Identifier<AgencyRecord>) -> AgencyRecord? { agencies[id] }
    public func fetchAgencies() -> [AgencyRecord] { agencies.values.sorted { $0.slug < $1.slug } }
    public func fetchDivisions(agency: Identifier<AgencyRecord>) -> [Division] { divisions[agency] ?? [] }

    public func replaceDivisions(agency: Identifier<AgencyRecord>, names: [String], actor: Actor) throws {
        guard agencies[agency] != nil else { throw StorageError.notFound(entity: "agency", id: agency.description) }
        let before = (divisions[agency] ?? []).map(\.name)
        divisions[agency] = Self.makeDivisions(names, agency: agency)
        audit.append(.change("update", entity: "divisions", entityID: agency.description, agencyID: agency, before: before, after: names, actor: actor))
    }

    static func makeDivisions(_ names: [String], agency: Identifier<AgencyRecord>) -> [Division] {
        names.enumerated().map { Division(id: Identifier(UUID()), agencyID: agency, name: $1, position: $0 + 1) }
    }
}

extension InMemoryStore: UserRepository {
    public func insertUser(_ user: UserAccount, actor: Actor) throws {
        guard !users.values.contains(where: { $0.username == user.username }) else {
            throw StorageError.duplicate(field: "username", value: user.username)
        }
        users[user.id] = user
        audit.append(.change("create", entity: "user", entityID: user.id.description, agencyID: user.agencyID, before: [String: String]?.none, after: user.auditView, actor: actor))
    }

    public func updateUser(_ user: UserAccount, actor: Actor) throws {
        guard let old = users[user.id] else { throw StorageError.notFound(entity: "user", id: user.id.description) }
        if users.values.contains(where: { $0.username == user.username && $0.id != user.id }) {
            throw StorageError.duplicate(field: "username", value: user.username)
        }
        users[user.id] = user
        let action = old.passwordHash != user.passwordHash ? "password" : "update"
        audit.append(.change(action, entity: "user", entityID: user.id.description, agencyID: user.agencyID, before: old.auditView, after: user.auditView, actor: actor))
    }

    public func fetchUser(id: Identifier<UserAccount>) -> UserAccount? { users[id] }
    public func fetchUser(username: String) -> UserAccount? { users.values.first { $0.username == username } }

    public func fetchUsers(agency: Identifier<AgencyRecord>?) -> [UserAccount] {
        users.values.filter { $0.agencyID == agency }.sorted { $0.username < $1.username }
    }

    public func countUsers() -> Int { users.count }
    public func insertSession(_ session: SessionRecord) { sessions[session.tokenHash] = session }
    public func fetchSession(tokenHash: String) -> SessionRecord? { sessions[tokenHash] }
    public func deleteSession(tokenHash: String) { sessions[tokenHash] = nil }
    public func deleteSessions(user: Identifier<UserAccount>) { sessions = sessions.filter { $0.value.userID != user } }
    public func deleteSessions(expiredBefore date: Date) { sessions = sessions.filter { $0.value.expiresAt >= date } }
}

extension InMemoryStore: AuditRepository {
    public func fetchAuditEvents(agency: Identifier<AgencyRecord>?, limit: Int) -> [AuditEvent] {
        let events = agency.map { id in audit.filter { $0.agencyID == id } } ?? audit
        return Array(events.reversed().prefix(limit))
    }

    public func insertAuditEvent(_ event: AuditEvent) { audit.append(event) }
}

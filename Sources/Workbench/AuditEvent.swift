import Foundation

/// One change, as the append-only audit trail keeps it: who, when, what, before and after.
public struct AuditEvent: Codable, Hashable, Sendable {
    public var id: Identifier<AuditEvent>
    public var at: Date
    public var actorID: Identifier<UserAccount>?
    public var actorName: String
    public var agencyID: Identifier<AgencyRecord>?
    /// The kind of thing changed: "measure", "plan", "progress", "user", …
    public var entity: String
    public var entityID: String
    /// "create", "update", "delete", "password", …
    public var action: String
    /// JSON of the value before and after the change; nil where there was none.
    public var before: String?
    public var after: String?

    public init(
        id: Identifier<AuditEvent>, at: Date, actorID: Identifier<UserAccount>?, actorName: String,
        agencyID: Identifier<AgencyRecord>?, entity: String, entityID: String, action: String, before: String?,
        after: String?
    ) {
        self.id = id
        self.at = at
        self.actorID = actorID
        self.actorName = actorName
        self.agencyID = agencyID
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.before = before
        self.after = after
    }
}

/// Who makes a change and when; every write carries one so its audit event can be written with it.
public struct Actor: Hashable, Sendable {
    public var userID: Identifier<UserAccount>?
    public var name: String
    public var at: Date

    public init(userID: Identifier<UserAccount>?, name: String, at: Date) {
        self.userID = userID
        self.name = name
        self.at = at
    }

    /// Changes made by Prongsai itself (first start, migrations of data).
    public static func system(at date: Date) -> Actor { Actor(userID: nil, name: "system", at: date) }
}

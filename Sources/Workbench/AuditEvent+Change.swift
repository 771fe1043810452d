import Foundation

extension AuditEvent {
    /// The event for one change, with before and after written as sorted JSON.
    /// Every storage adapter builds its events here, so all of them record the same shape.
    public static func change<Value: Encodable>(
        _ action: String, entity: String, entityID: String, agencyID: Identifier<AgencyRecord>?,
        before: Value?, after: Value?, actor: Actor
    ) -> AuditEvent {
        AuditEvent(
            id: Identifier(UUID()), at: actor.at, actorID: actor.userID, actorName: actor.name, agencyID: agencyID,
            entity: entity, entityID: entityID, action: action, before: before.map(auditJSON),
            after: after.map(auditJSON))
    }

    /// An event without a value to show (sign-in, a download).
    public static func note(
        _ action: String, entity: String, entityID: String, agencyID: Identifier<AgencyRecord>?, actor: Actor
    ) -> AuditEvent {
        change(action, entity: entity, entityID: entityID, agencyID: agencyID, before: String?.none, after: String?.none, actor: actor)
    }
}

/// Sorted keys and ISO dates, so the same value always reads the same in the trail.
private func auditJSON<Value: Encodable>(_ value: Value) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
}

extension UserAccount {
    /// The account as the audit trail shows it: everything but the password hash.
    public var auditView: [String: String] {
        [
            "username": username, "displayName": displayName, "role": role.rawValue,
            "agencyID": agencyID?.description ?? "", "divisionName": divisionName ?? "",
            "mustChangePassword": String(mustChangePassword), "active": String(active),
        ]
    }
}

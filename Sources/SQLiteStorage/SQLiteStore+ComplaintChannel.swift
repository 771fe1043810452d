import Complaints
import Foundation
import GRDB
import Storage
import Workbench

/// Installation secrets, channels, officers' keys and session keys.
extension SQLiteStore {
    public func installation(creatingIfMissing candidate: ComplaintInstallation) async throws -> ComplaintInstallation {
        try await write { db in
            // The single row (id = 1) is made once; a second process starting at the same time finds it.
            try db.execute(
                sql: "INSERT OR IGNORE INTO complaint_installation (id, receipt_salt, receipt_cost, form_key) VALUES (1, ?, ?, ?)",
                arguments: [candidate.receiptSalt, try ColumnCoding.json(candidate.receiptCost), candidate.formKey])
            guard let row = try Row.fetchOne(db, sql: "SELECT receipt_salt, receipt_cost, form_key FROM complaint_installation WHERE id = 1")
            else { throw StorageError.database("complaint_installation is empty") }
            return ComplaintInstallation(receiptSalt: try row.value("receipt_salt"), receiptCost: try row.json("receipt_cost"), formKey: try row.value("form_key"))
        }
    }

    public func fetchChannel(agency: Identifier<AgencyRecord>) async throws -> ComplaintChannel? {
        try await read { db in try ComplaintChannelRow.fetchOne(db, key: agency.description)?.record }
    }

    public func saveChannel(_ channel: ComplaintChannel, actor: Actor) async throws {
        try await write { db in
            let before = try ComplaintChannelRow.fetchOne(db, key: channel.agencyID.description)?.record
            try Self.translatingConstraints(missing: .notFound(entity: "agency", id: channel.agencyID.description)) {
                try ComplaintChannelRow(channel).insert(db, onConflict: .replace)
            }
            try Self.insertAuditEvent(.change(
                before == nil ? "create" : "update", entity: "complaint-channel", entityID: channel.agencyID.description,
                agencyID: channel.agencyID, before: before?.auditView, after: channel.auditView, actor: actor), db)
        }
    }

    public func fetchActiveOfficerKeys(users: [Identifier<UserAccount>]) async throws -> [OfficerKey] {
        try await read { db in
            try OfficerKeyRow.filter(users.map(\.description).contains(Column("user_id")) && Column("retired") == false)
                .order(Column("id")).fetchAll(db).map(\.record)
        }
    }

    public func fetchOfficerKey(id: Identifier<OfficerKey>) async throws -> OfficerKey? {
        try await read { db in try OfficerKeyRow.fetchOne(db, key: id.description)?.record }
    }

    public func insertOfficerKey(_ key: OfficerKey, actor: Actor) async throws {
        try await write { db in
            guard let user = try UserAccountRow.fetchOne(db, key: key.userID.description)?.record else {
                throw StorageError.notFound(entity: "user", id: key.userID.description)
            }
            try db.execute(sql: "UPDATE officer_key SET retired = 1 WHERE user_id = ? AND retired = 0", arguments: [key.userID.description])
            try Self.translatingConstraints(duplicates: ["officer_key.id": .duplicate(field: "officerKey", value: key.id.description)]) {
                try OfficerKeyRow(key).insert(db)
            }
            try Self.insertAuditEvent(
                .note("create", entity: "officer-key", entityID: key.id.description, agencyID: user.agencyID, actor: actor), db)
        }
    }

    public func updateOfficerKeyTrust(id: Identifier<OfficerKey>, trust: OfficerKey.Trust, actor: Actor) async throws {
        try await write { db in
            guard let key = try OfficerKeyRow.fetchOne(db, key: id.description)?.record,
                  let user = try UserAccountRow.fetchOne(db, key: key.userID.description)?.record
            else { throw StorageError.notFound(entity: "officerKey", id: id.description) }
            try db.execute(sql: "UPDATE officer_key SET trust = ? WHERE id = ?", arguments: [trust.rawValue, id.description])
            try Self.insertAuditEvent(.change(
                "trust", entity: "officer-key", entityID: id.description, agencyID: user.agencyID,
                before: ["trust": key.trust.rawValue], after: ["trust": trust.rawValue], actor: actor), db)
        }
    }

    public func updateOfficerKeyProtection(id: Identifier<OfficerKey>, protection: PasswordProtectedKey) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE officer_key SET sealed_private_key = ?, salt = ?, cost = ? WHERE id = ?",
                arguments: [protection.sealedPrivateKey, protection.salt, try ColumnCoding.json(protection.cost), id.description])
            guard db.changesCount == 1 else { throw StorageError.notFound(entity: "officerKey", id: id.description) }
        }
    }

    public func saveSessionKey(_ key: OfficerSessionKey) async throws {
        try await write { db in
            try Self.translatingConstraints(missing: .notFound(entity: "session", id: "")) {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO officer_session_key (token_hash, key_id, sealed_private_key) VALUES (?, ?, ?)",
                    arguments: [key.sessionTokenHash, key.keyID.description, key.sealedPrivateKey])
            }
        }
    }

    public func fetchSessionKey(sessionTokenHash: String) async throws -> OfficerSessionKey? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT key_id, sealed_private_key FROM officer_session_key WHERE token_hash = ?", arguments: [sessionTokenHash]
            ).map { row in
                OfficerSessionKey(sessionTokenHash: sessionTokenHash, keyID: try row.identifier("key_id"), sealedPrivateKey: try row.value("sealed_private_key"))
            }
        }
    }
}

import GRDB
import Workbench

/// An account as a row of `user_account`.
struct UserAccountRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "user_account"
    var record: UserAccount

    init(_ record: UserAccount) { self.record = record }

    init(row: Row) throws {
        record = UserAccount(
            id: try row.identifier("id"), username: try row.value("username"),
            displayName: try row.value("display_name"), role: try row.enumValue("role"),
            agencyID: try row.optionalIdentifier("agency_id"), divisionName: try row.value("division_name"),
            passwordHash: try row.value("password_hash"), mustChangePassword: try row.value("must_change_password"),
            active: try row.value("active"), createdAt: try row.date("created_at"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["username"] = record.username
        container["display_name"] = record.displayName
        container["role"] = record.role.rawValue
        container["agency_id"] = record.agencyID?.description
        container["division_name"] = record.divisionName
        container["password_hash"] = record.passwordHash
        container["must_change_password"] = record.mustChangePassword
        container["active"] = record.active
        container["created_at"] = ColumnCoding.seconds(record.createdAt)
    }
}

/// A session as a row of `session`.
struct SessionRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"
    var record: SessionRecord

    init(_ record: SessionRecord) { self.record = record }

    init(row: Row) throws {
        record = SessionRecord(
            tokenHash: try row.value("token_hash"), userID: try row.identifier("user_id"),
            csrfToken: try row.value("csrf_token"), expiresAt: try row.date("expires_at"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["token_hash"] = record.tokenHash
        container["user_id"] = record.userID.description
        container["csrf_token"] = record.csrfToken
        container["expires_at"] = ColumnCoding.seconds(record.expiresAt)
    }
}

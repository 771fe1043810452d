import Complaints
import Foundation
import GRDB
import Storage
import Workbench

/// An officer's key pair as a row of `officer_key`.
struct OfficerKeyRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "officer_key"
    var record: OfficerKey

    init(_ record: OfficerKey) { self.record = record }

    init(row: Row) throws {
        record = OfficerKey(
            id: try row.identifier("id"), userID: try row.identifier("user_id"), publicKey: try row.value("public_key"),
            protection: PasswordProtectedKey(
                sealedPrivateKey: try row.value("sealed_private_key"), salt: try row.value("salt"),
                cost: try row.json("cost")),
            createdAt: try row.date("created_at"), retired: try row.value("retired"),
            // An unknown value trusts nothing: it is treated as waiting for confirmation.
            trust: OfficerKey.Trust(rawValue: try row.value("trust")) ?? .awaitingConfirmation)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = record.id.description
        container["user_id"] = record.userID.description
        container["public_key"] = record.publicKey
        container["sealed_private_key"] = record.protection.sealedPrivateKey
        container["salt"] = record.protection.salt
        container["cost"] = try ColumnCoding.json(record.protection.cost)
        container["created_at"] = ColumnCoding.seconds(record.createdAt)
        container["retired"] = record.retired
        container["trust"] = record.trust.rawValue
    }
}

/// An agency's channel settings as a row of `complaint_channel`.
struct ComplaintChannelRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "complaint_channel"
    var record: ComplaintChannel

    init(_ record: ComplaintChannel) { self.record = record }

    init(row: Row) throws {
        var recovery: RecoveryKey?
        if let id: Identifier<RecoveryKey> = try row.optionalIdentifier("recovery_key_id") {
            recovery = RecoveryKey(id: id, publicKey: try row.value("recovery_public_key"), createdAt: try row.date("recovery_created_at"))
        }
        record = ComplaintChannel(
            agencyID: try row.identifier("agency_id"), isOpen: try row.value("is_open"),
            recipientIDs: try row.json("recipients"), recovery: recovery, retention: try row.json("retention"),
            updatedAt: try row.date("updated_at"))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["agency_id"] = record.agencyID.description
        container["is_open"] = record.isOpen
        container["recipients"] = try ColumnCoding.json(record.recipientIDs)
        container["recovery_key_id"] = record.recovery?.id.description
        container["recovery_public_key"] = record.recovery?.publicKey
        container["recovery_created_at"] = record.recovery.map { ColumnCoding.seconds($0.createdAt) }
        container["retention"] = try ColumnCoding.json(record.retention)
        container["updated_at"] = ColumnCoding.seconds(record.updatedAt)
    }
}

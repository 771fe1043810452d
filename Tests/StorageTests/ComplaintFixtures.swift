import Complaints
import Foundation
import ThaiText
import Workbench

/// Complaint records for the contract suite, with random bytes where sealed content would be.
enum ComplaintFixtures {
    static let missingAgency = Identifier<AgencyRecord>(UUID())

    static func bytes(_ count: Int) -> Data {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    static func installation() -> ComplaintInstallation {
        ComplaintInstallation(receiptSalt: bytes(32), receiptCost: ScryptCost(logN: 14), formKey: bytes(32))
    }

    static func officerKey(_ user: UserAccount) -> OfficerKey {
        OfficerKey(
            id: Identifier(UUID()), userID: user.id, publicKey: bytes(32),
            protection: PasswordProtectedKey(sealedPrivateKey: bytes(48), salt: bytes(16), cost: ScryptCost(logN: 16)),
            createdAt: StorageFixtures.now)
    }

    static func complaint(
        _ agency: AgencyRecord, receivedOn: ThaiDate = ThaiDate(year: 2566, month: .december, day: 1), files: Int
    ) -> (ComplaintRecord, ComplaintEntry, [AttachmentUpload]) {
        let id = Identifier<ComplaintRecord>(UUID())
        let record = ComplaintRecord(
            id: id, agencyID: agency.id, receiptLookup: bytes(32), category: .corruption, status: .received, receivedOn: receivedOn,
            statusChangedOn: receivedOn, closedOn: nil,
            keyWraps: [
                ComplaintKeyWrap(recipient: .reporter, ephemeralPublicKey: Data(), sealedKeys: bytes(60)),
                ComplaintKeyWrap(recipient: .officer(Identifier(UUID())), ephemeralPublicKey: bytes(32), sealedKeys: bytes(92)),
                ComplaintKeyWrap(recipient: .recovery(Identifier(UUID())), ephemeralPublicKey: bytes(32), sealedKeys: bytes(92)),
            ])
        let report = ComplaintEntry(
            id: Identifier(UUID()), complaintID: id, sequence: 0, kind: .report, authorID: nil, day: receivedOn, sealed: bytes(300))
        return (record, report, (0..<files).map { _ in upload(for: report) })
    }

    static func entry(_ record: ComplaintRecord, kind: ComplaintEntry.Kind) -> ComplaintEntry {
        ComplaintEntry(
            id: Identifier(UUID()), complaintID: record.id, sequence: 0, kind: kind,
            authorID: kind == .reporterMessage ? nil : Identifier(UUID()), day: ThaiDate(year: 2566, month: .december, day: 2),
            sealed: bytes(120))
    }

    static func upload(for entry: ComplaintEntry) -> AttachmentUpload {
        AttachmentUpload(
            attachment: ComplaintAttachment(id: Identifier(UUID()), complaintID: entry.complaintID, entryID: entry.id, sealedDescription: bytes(80)),
            sealedBytes: bytes(500))
    }
}

import ComplaintCrypto
import Complaints
import Foundation
import Storage
import Workbench

/// Seals a checked report and stores it: a fresh pair of case keys, the report and attachments sealed
/// with them, the keys wrapped for each recipient's public key, the recovery key and the receipt.
struct ComplaintIntake {
    let services: ComplaintServices

    /// Stores the report and returns the receipt to show once. Only the receipt's slow lookup is stored.
    func file(_ submission: ComplaintSubmission, state: ChannelState) async throws -> (ReceiptNumber, ComplaintRecord) {
        guard let category = submission.category else { throw WebError.badInput("category", th: "กรุณาเลือกประเภทเรื่อง", en: "please choose a category") }
        let installation = try await services.installation()
        let keys = ComplaintKeys.random()
        let complaintID = Identifier<ComplaintRecord>(UUID())
        let today = services.today
        let report = try CaseSealing.entry(.report, content: submission.content, complaint: complaintID, keys: keys, author: nil, day: today)
        let attachments = try CaseSealing.attachments(submission.files, entry: report, keys: keys)
        let wraps = try state.sealingRecipients.map { recipient, publicKey in
            try CaseKeyWrapping.wrap(keys, for: recipient, publicKey: publicKey, complaint: complaintID)
        }
        // A new receipt is drawn if the lookup is taken: with 10¹⁶ receipts that is practically never,
        // but the unique index, not luck, is what keeps two cases from sharing one.
        for _ in 0..<3 {
            var generator = SystemRandomNumberGenerator()
            let receipt = ReceiptNumber.random(using: &generator)
            let secrets = try await services.stretch { try ReceiptKeyDerivation.derive(receipt, installation: installation) }
            let record = ComplaintRecord(
                id: complaintID, agencyID: state.agency.id, receiptLookup: secrets.lookup, category: category, status: .received,
                receivedOn: today, statusChangedOn: today, closedOn: nil,
                keyWraps: wraps + [try CaseKeyWrapping.wrapForReporter(keys, reporterKey: secrets.reporterKey, complaint: complaintID)])
            do {
                try await services.repository.insertComplaint(record, report: report, attachments: attachments)
                return (receipt, record)
            } catch let StorageError.duplicate(field, _) where field == "receipt" {
                continue
            }
        }
        throw WebError(.internalServerError, th: "บันทึกเรื่องไม่สำเร็จ กรุณาลองอีกครั้ง", en: "the report could not be stored; please try again")
    }
}

import ComplaintCrypto
import Complaints
import Foundation
import Storage
import Workbench

/// What an officer does to a case, for the pages and the API alike. Every action is audited with
/// metadata only; content goes into sealed entries.
struct ComplaintOfficerActions {
    let services: ComplaintServices
    var repository: any ComplaintRepository { services.repository }

    /// An answer the reporter reads on the follow-up page. A received case moves to "under review".
    func reply(_ officerCase: OfficerCase, text: String) async throws {
        try await append(.officerReply, text: text, to: officerCase)
        if officerCase.record.status == .received { try await setStatus(officerCase, to: .underReview) }
    }

    /// A note for the other officers only, sealed with the key the reporter never gets.
    func note(_ officerCase: OfficerCase, text: String) async throws {
        try await append(.internalNote, text: text, to: officerCase)
    }

    /// Records where the case was sent and marks it forwarded.
    func forward(_ officerCase: OfficerCase, to destination: ForwardingDestination, reference: String, note: String) async throws {
        let keys = try officerCase.requireKeys()
        let identity = officerCase.identity
        let content = ForwardingContent(destination: destination, reference: reference, note: note, authorName: identity.user.displayName)
        let entry = try CaseSealing.entry(
            .forwarding, content: content, complaint: officerCase.record.id, keys: keys, author: identity.user.id, day: services.today)
        _ = try await repository.appendEntry(entry, attachments: [], actor: identity.actor(at: services.environment.now()))
        try await setStatus(officerCase, to: .forwarded)
    }

    /// Moves the case to a status; closing starts its retention period, reopening clears it.
    func setStatus(_ officerCase: OfficerCase, to status: ComplaintStatus) async throws {
        _ = try officerCase.requireKeys()
        var record = officerCase.record
        guard record.status != status else { return }
        record.status = status
        record.statusChangedOn = services.today
        record.closedOn = status == .closed ? services.today : nil
        try await repository.updateStatus(record, actor: officerCase.identity.actor(at: services.environment.now()))
    }

    /// Deletes a case whose retention period is over; refused before that, so nothing goes early by a slip.
    func delete(_ officerCase: OfficerCase) async throws {
        let retention = officerCase.state.channel?.retention ?? .standard
        guard retention.state(of: officerCase.record, on: services.today).mayBeDeleted else {
            throw WebError(.conflict, th: "ยังไม่ครบระยะเวลาเก็บรักษาเรื่องนี้ จึงลบไม่ได้", en: "the retention period of this case is not over; it cannot be deleted")
        }
        try await repository.deleteComplaint(
            id: officerCase.record.id, agency: officerCase.agency.id, actor: officerCase.identity.actor(at: services.environment.now()))
    }

    private func append(_ kind: ComplaintEntry.Kind, text: String, to officerCase: OfficerCase) async throws {
        let keys = try officerCase.requireKeys()
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= ComplaintSubmission.maximumDetails else {
            throw WebError.badInput("text", th: "กรุณาพิมพ์ข้อความ (ไม่เกิน 20,000 ตัวอักษร)", en: "please write the text (at most 20,000 characters)")
        }
        let identity = officerCase.identity
        let entry = try CaseSealing.entry(
            kind, content: MessageContent(text: trimmed, authorName: identity.user.displayName), complaint: officerCase.record.id,
            keys: keys, author: identity.user.id, day: services.today)
        _ = try await repository.appendEntry(entry, attachments: [], actor: identity.actor(at: services.environment.now()))
    }
}

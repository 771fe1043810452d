import ComplaintCrypto
import Complaints
import Foundation
import Workbench

/// The administrator's changes to an agency's channel. Each refuses loudly what would put reports at
/// risk, and every change is audited.
struct ComplaintChannelSetup {
    let services: ComplaintServices
    let state: ChannelState
    let administrator: Identity

    var now: Date { services.environment.now() }
    var channel: ComplaintChannel { state.channel ?? ComplaintChannel(agencyID: state.agency.id, updatedAt: now) }

    /// Names the recipients (accounts of the agency only). Wraps of officers no longer named are removed,
    /// so a former recipient's key stops opening the agency's cases.
    func setRecipients(_ ids: [Identifier<UserAccount>]) async throws {
        let allowed = Set(state.accounts.filter(\.active).map(\.id))
        guard ids.allSatisfy(allowed.contains) else {
            throw WebError.badInput("recipient", th: "ผู้รับเรื่องต้องเป็นบัญชีที่ใช้งานอยู่ของหน่วยงานนี้", en: "recipients must be active accounts of this agency")
        }
        var updated = channel
        let removed = Set(updated.recipientIDs).subtracting(ids)
        updated.recipientIDs = ids
        updated.updatedAt = now
        try await save(updated)
        let removedKeys = try await services.repository.fetchActiveOfficerKeys(users: Array(removed))
        try await services.repository.deleteKeyWraps(agency: state.agency.id, recipients: removedKeys.map { .officer($0.id) })
    }

    /// Opens the form, but only when `ChannelReadiness` says no report could be lost.
    func open() async throws {
        guard state.readiness.mayOpen else {
            let reasons = state.readiness.problems.filter { $0 != .closedByAdministrator }
            throw WebError(
                .conflict, field: "open",
                th: "ยังเปิดรับเรื่องไม่ได้: " + reasons.map(\.messageTH).joined(separator: " "),
                en: "the channel cannot open yet: " + reasons.map(\.messageEN).joined(separator: " "))
        }
        var updated = channel
        updated.isOpen = true
        updated.updatedAt = now
        try await save(updated)
    }

    func close() async throws {
        var updated = channel
        updated.isOpen = false
        updated.updatedAt = now
        try await save(updated)
    }

    /// Makes a new recovery key pair and returns the private half's text, to be shown once. A previous
    /// recovery key stops working: its wraps are removed. Cases are sealed for the new key as recipients
    /// open the inbox.
    func createRecoveryKey() async throws -> String {
        let (record, text) = RecoveryKeyText.makeKey(at: now)
        var updated = channel
        let old = updated.recovery
        updated.recovery = record
        updated.updatedAt = now
        try await save(updated)
        if let old { try await services.repository.deleteKeyWraps(agency: state.agency.id, recipients: [.recovery(old.id)]) }
        return text
    }

    func removeRecoveryKey() async throws {
        guard let old = channel.recovery else { return }
        var updated = channel
        updated.recovery = nil
        updated.updatedAt = now
        try await save(updated)
        try await services.repository.deleteKeyWraps(agency: state.agency.id, recipients: [.recovery(old.id)])
    }

    /// Uses the printed recovery key to seal every case it opens for today's recipients. The key is used
    /// for this request only and never stored.
    func useRecoveryKey(_ text: String) async throws -> Int {
        guard let record = channel.recovery else {
            throw WebError(.conflict, field: "recoveryKey", th: "หน่วยงานนี้ไม่ได้เปิดใช้กุญแจกู้คืน", en: "this agency has no recovery key")
        }
        guard let privateKey = RecoveryKeyText.privateKey(from: text), RecoveryKeyText.matches(privateKey, record) else {
            throw WebError.badInput("recoveryKey", th: "กุญแจกู้คืนไม่ถูกต้อง ตรวจสอบตัวอักษรอีกครั้ง", en: "this is not the agency's recovery key; check the characters")
        }
        // The administrator's own act, with the key kept offline: every key new cases are sealed for (the
        // confirmed ones too), never one still waiting for confirmation.
        let count = try await ComplaintKeySharing(services: services).shareMissing(
            state, opener: .recovery(record.id), privateKey: privateKey, targets: state.sealingRecipients)
        try await services.environment.repositories.audit.insertAuditEvent(.note(
            "use-recovery-key", entity: "complaint-channel", entityID: state.agency.id.description, agencyID: state.agency.id,
            actor: administrator.actor(at: now)))
        return count
    }

    /// Confirms a recipient's key that was made after someone else reset their password (the administrator
    /// has checked with the officer, for instance by comparing the key's fingerprint). New cases are then
    /// sealed for it; older ones only when another recipient shares them. Returns the officer's name.
    func confirmKey(_ id: Identifier<OfficerKey>?) async throws -> String {
        guard let id, let key = state.keys.first(where: { $0.id == id }), key.trust == .awaitingConfirmation,
              let officer = state.recipients.first(where: { $0.id == key.userID })
        else {
            throw WebError.badInput("key", th: "ไม่พบกุญแจที่รอการยืนยันนี้", en: "no key waiting for confirmation")
        }
        try await services.repository.updateOfficerKeyTrust(id: key.id, trust: .confirmed, actor: administrator.actor(at: now))
        return officer.displayName
    }

    func setRetention(_ policy: RetentionPolicy) async throws {
        for category in ComplaintCategory.allCases where !RetentionPolicy.allowedYears.contains(policy.years(for: category)) {
            throw WebError.badInput("retention-\(category.rawValue)", th: "ระยะเวลาเก็บรักษาต้องอยู่ระหว่าง 1 ถึง 20 ปี", en: "retention must be 1 to 20 years")
        }
        var updated = channel
        updated.retention = policy
        updated.updatedAt = now
        try await save(updated)
    }

    private func save(_ updated: ComplaintChannel) async throws {
        try await services.repository.saveChannel(updated, actor: administrator.actor(at: now))
    }
}

import Complaints
import Foundation
import Workbench

/// Accounts that receive complaints. Whoever can reset a recipient's password can sign in as them and make
/// a key, and whoever can switch one off can close the channel; so only the administrator may do either,
/// the recipient is told (an audit entry the inbox shows them), and a deactivation is confirmed first.
extension AccountAdministration {
    /// A deactivation of a recipient that was asked for without confirming it: what it would do, in words.
    struct RecipientDeactivation: Error {
        var user: UserAccount
        var agency: AgencyRecord
        var consequenceTH: String
        var consequenceEN: String
        /// True when the channel takes reports now and would stop.
        var closesChannel: Bool
    }

    /// The agency's channel state when the account is one of its named recipients, else nil.
    func recipientChannel(_ user: UserAccount) async throws -> ChannelState? {
        guard let agencyID = user.agencyID,
              let channel = try await environment.repositories.complaints.fetchChannel(agency: agencyID),
              channel.recipientIDs.contains(user.id),
              let agency = try await environment.repositories.agencies.fetchAgency(id: agencyID)
        else { return nil }
        return try await ComplaintServices(environment: environment).channelState(agency)
    }

    /// Refuses (403) anyone but the installation's administrator.
    func requireAdministrator(for recipient: UserAccount, in scope: AccountScope) throws {
        guard Permissions.canAdminister(user: scope.manager.user) else {
            throw WebError(
                .forbidden, field: "user",
                th: "\(recipient.username) เป็นผู้รับเรื่องร้องเรียน เฉพาะผู้ดูแลระบบเท่านั้นที่รีเซ็ตรหัสผ่าน ปิดหรือเปิดบัญชีนี้ได้",
                en: "\(recipient.username) receives complaints: only the administrator may reset, deactivate or activate this account")
        }
    }

    /// What deactivating the recipient would do to the channel, as the refusal that asks for confirmation.
    func deactivationConsequence(_ user: UserAccount, state: ChannelState) -> RecipientDeactivation {
        let before = state.readiness
        let remaining = state.recipients.filter { $0.id != user.id }
        let deactivated = state.accounts.filter { state.channel?.recipientIDs.contains($0.id) == true && (!$0.active || $0.id == user.id) }
        let after = ChannelReadiness(
            channel: state.channel, recipients: remaining, activeKeys: state.keys.filter { $0.userID != user.id },
            deactivated: deactivated.map(\.displayName))
        let closes = before.acceptsReports && !after.acceptsReports
        let reasonsTH = after.problems.filter { $0 != .closedByAdministrator }.map(\.messageTH).joined(separator: " ")
        let reasonsEN = after.problems.filter { $0 != .closedByAdministrator }.map(\.messageEN).joined(separator: " ")
        let name = state.agency.agency.fullName
        let th: String, en: String
        if closes {
            th = "ช่องทางร้องเรียนของ\(name)จะหยุดรับเรื่องทันที: \(reasonsTH)"
            en = "The complaint channel of \(name) will stop taking reports at once: \(reasonsEN)"
        } else if !before.acceptsReports {
            th = "ช่องทางร้องเรียนของ\(name)ยังไม่รับเรื่องอยู่แล้ว และ \(user.displayName) จะไม่ได้รับเรื่องใหม่"
            en = "The complaint channel of \(name) is not taking reports already, and \(user.displayName) will receive no new report."
        } else {
            th = "ช่องทางร้องเรียนยังเปิดรับเรื่องได้ (ผู้ถือกุญแจ: \(after.keyHolders.joined(separator: ", "))) แต่ \(user.displayName) จะไม่ได้รับเรื่องใหม่"
            en = "The channel keeps taking reports (key holders: \(after.keyHolders.joined(separator: ", "))), but \(user.displayName) will receive no new report."
        }
        return RecipientDeactivation(user: user, agency: state.agency, consequenceTH: th, consequenceEN: en, closesChannel: closes)
    }

    /// An audit entry about a recipient's account, which the recipient sees on their inbox.
    func noteRecipientChange(_ action: String, _ user: UserAccount, in scope: AccountScope) async throws {
        try await environment.repositories.audit.insertAuditEvent(.note(
            action, entity: Self.recipientEntity, entityID: user.id.description, agencyID: user.agencyID,
            actor: scope.manager.actor(at: environment.now())))
    }

    /// The audit entity of changes others made to a recipient's account.
    static let recipientEntity = "complaint-recipient"
}

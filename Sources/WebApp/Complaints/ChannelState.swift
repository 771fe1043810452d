import Complaints
import Foundation
import Workbench

/// One agency's channel as the pages need it.
struct ChannelState: Sendable {
    var agency: AgencyRecord
    var channel: ComplaintChannel?
    /// Every account of the agency, for choosing recipients.
    var accounts: [UserAccount]
    /// The named recipients that are active.
    var recipients: [UserAccount]
    /// Their active keys.
    var keys: [OfficerKey]
    var readiness: ChannelReadiness

    func isRecipient(_ user: UserAccount) -> Bool { recipients.contains { $0.id == user.id } }

    /// Everyone a new case is sealed for: each recipient's active key, and the recovery key when there is one.
    var sealingRecipients: [(ComplaintKeyWrap.Recipient, Data)] {
        keys.map { (.officer($0.id), $0.publicKey) } + (channel?.recovery.map { [(.recovery($0.id), $0.publicKey)] } ?? [])
    }
}

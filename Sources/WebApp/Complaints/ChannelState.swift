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

    /// Everyone a new case is sealed for: each recipient's active key unless it waits for confirmation,
    /// and the recovery key when there is one.
    var sealingRecipients: [(ComplaintKeyWrap.Recipient, Data)] {
        keys.filter(\.receivesNewCases).map { (.officer($0.id), $0.publicKey) } + recovery
    }

    /// Whom an opened inbox shares missing cases with, unasked: trusted keys and the recovery key. A key made
    /// after someone else reset the password is never among them; another recipient shares with it on purpose.
    var automaticShareTargets: [(ComplaintKeyWrap.Recipient, Data)] {
        keys.filter(\.sharedAutomatically).map { (.officer($0.id), $0.publicKey) } + recovery
    }

    private var recovery: [(ComplaintKeyWrap.Recipient, Data)] {
        channel?.recovery.map { [(.recovery($0.id), $0.publicKey)] } ?? []
    }

    /// A recipient's active key, if any.
    func key(of user: Identifier<UserAccount>) -> OfficerKey? { keys.first { $0.userID == user } }
}

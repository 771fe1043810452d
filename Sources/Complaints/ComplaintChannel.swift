import Foundation
import Workbench

/// One agency's complaint channel, as its administrator set it up: who receives reports, whether a
/// recovery key exists, how long closed cases are kept, and whether the public form is open.
public struct ComplaintChannel: Codable, Hashable, Sendable {
    public var agencyID: Identifier<AgencyRecord>
    /// The administrator wants the form open; it takes reports only while `ChannelReadiness` also agrees.
    public var isOpen: Bool
    /// ผู้รับเรื่อง — the accounts of the agency that receive and handle reports.
    public var recipientIDs: [Identifier<UserAccount>]
    /// Set when the administrator chose key recovery; every case is then sealed for it too.
    public var recovery: RecoveryKey?
    public var retention: RetentionPolicy
    public var updatedAt: Date

    public init(
        agencyID: Identifier<AgencyRecord>, isOpen: Bool = false, recipientIDs: [Identifier<UserAccount>] = [],
        recovery: RecoveryKey? = nil, retention: RetentionPolicy = .standard, updatedAt: Date
    ) {
        self.agencyID = agencyID
        self.isOpen = isOpen
        self.recipientIDs = recipientIDs
        self.recovery = recovery
        self.retention = retention
        self.updatedAt = updatedAt
    }

    /// What the audit trail keeps of a change to the channel.
    public var auditView: [String: String] {
        [
            "isOpen": String(isOpen), "recipients": recipientIDs.map(\.description).sorted().joined(separator: ","),
            "recovery": recovery?.id.description ?? "", "retention": retention.description,
        ]
    }
}

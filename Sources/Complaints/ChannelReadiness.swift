import Workbench

/// Whether a channel may take reports, and if not, why — in words for the administrator.
///
/// A report sealed for nobody who can still open it is lost without anyone noticing. So the channel
/// refuses to open (and the form refuses reports) unless at least one recipient holds a key and a
/// second way in exists: a second recipient with a key, or the recovery key.
public struct ChannelReadiness: Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        /// No account is named to receive reports.
        case noRecipients
        /// Recipients are named but none has a key yet: keys are made when they next sign in.
        case noRecipientKeys(waiting: [String])
        /// One recipient holds a key and there is no recovery key: losing that one key loses every report.
        case singleKeyWithoutRecovery(holder: String)
        /// The administrator has not opened the form (or closed it).
        case closedByAdministrator
        /// Why there are too few keys: named recipients whose accounts are deactivated.
        case recipientsDeactivated([String])
        /// Why there are too few keys: recipients whose new key (made after someone else reset their
        /// password) waits for an administrator's confirmation.
        case keysAwaitingConfirmation([String])
    }

    public var problems: [Problem]
    /// Recipients whose key exists, by display name.
    public var keyHolders: [String]
    /// Recipients who have no key yet (they have not signed in since being named, or their password was reset).
    public var waitingForKeys: [String]
    /// Recipients whose key waits for an administrator's confirmation.
    public var awaitingConfirmation: [String]

    /// Whether the form takes reports now.
    public var acceptsReports: Bool { problems.isEmpty }
    /// Whether the administrator may open the form: everything but the form being closed is in order.
    public var mayOpen: Bool { problems.allSatisfy { $0 == .closedByAdministrator } }

    /// Judges a channel from its recipients (active accounts of the agency) and which of them hold an active
    /// key that new reports are sealed for. `deactivated` names recipients whose accounts are switched off,
    /// so that a channel closed by a deactivation says so.
    public init(channel: ComplaintChannel?, recipients: [UserAccount], activeKeys: [OfficerKey], deactivated: [String] = []) {
        let holderIDs = Set(activeKeys.filter(\.receivesNewCases).map(\.userID))
        let waitingIDs = Set(activeKeys.filter { !$0.retired && $0.trust == .awaitingConfirmation }.map(\.userID))
        let named = recipients.filter { channel?.recipientIDs.contains($0.id) == true && $0.active }
        keyHolders = named.filter { holderIDs.contains($0.id) }.map(\.displayName)
        waitingForKeys = named.filter { !holderIDs.contains($0.id) }.map(\.displayName)
        awaitingConfirmation = named.filter { waitingIDs.contains($0.id) && !holderIDs.contains($0.id) }.map(\.displayName)
        var problems: [Problem] = []
        if named.isEmpty {
            problems.append(.noRecipients)
        } else if keyHolders.isEmpty {
            problems.append(.noRecipientKeys(waiting: waitingForKeys))
        } else if keyHolders.count == 1, channel?.recovery == nil {
            problems.append(.singleKeyWithoutRecovery(holder: keyHolders[0]))
        }
        if !problems.isEmpty {
            if !deactivated.isEmpty { problems.append(.recipientsDeactivated(deactivated)) }
            if !awaitingConfirmation.isEmpty { problems.append(.keysAwaitingConfirmation(awaitingConfirmation)) }
        }
        if channel?.isOpen != true { problems.append(.closedByAdministrator) }
        self.problems = problems
    }
}

extension ChannelReadiness.Problem {
    public var messageTH: String {
        switch self {
        case .noRecipients:
            "ยังไม่ได้กำหนดผู้รับเรื่อง กำหนดอย่างน้อยสองคน หรือหนึ่งคนพร้อมเปิดใช้กุญแจกู้คืน"
        case .noRecipientKeys(let waiting):
            "ผู้รับเรื่องยังไม่มีกุญแจ (\(waiting.joined(separator: ", "))) กุญแจจะถูกสร้างเมื่อผู้รับเรื่องเข้าสู่ระบบครั้งถัดไป"
        case .singleKeyWithoutRecovery(let holder):
            "มีผู้ถือกุญแจเพียงคนเดียว (\(holder)) และไม่มีกุญแจกู้คืน หากกุญแจนี้สูญหาย เรื่องร้องเรียนทั้งหมดจะเปิดไม่ได้อีก กำหนดผู้รับเรื่องคนที่สองหรือเปิดใช้กุญแจกู้คืน"
        case .closedByAdministrator:
            "ผู้ดูแลระบบยังไม่ได้เปิดรับเรื่อง"
        case .recipientsDeactivated(let names):
            "บัญชีของผู้รับเรื่องถูกปิดการใช้งาน (\(names.joined(separator: ", "))) จึงมีผู้ถือกุญแจไม่พอ"
        case .keysAwaitingConfirmation(let names):
            "กุญแจใหม่ของผู้รับเรื่อง (\(names.joined(separator: ", "))) ถูกสร้างหลังจากผู้อื่นรีเซ็ตรหัสผ่าน และรอผู้ดูแลระบบยืนยัน"
        }
    }

    public var messageEN: String {
        switch self {
        case .noRecipients:
            "No receiving officer is named. Name at least two, or one together with a recovery key."
        case .noRecipientKeys(let waiting):
            "No receiving officer has a key yet (\(waiting.joined(separator: ", "))). Keys are made when they next sign in."
        case .singleKeyWithoutRecovery(let holder):
            "Only one officer (\(holder)) holds a key and there is no recovery key: if that key is lost, every report is lost. Name a second officer or enable the recovery key."
        case .closedByAdministrator:
            "The administrator has not opened the channel."
        case .recipientsDeactivated(let names):
            "Receiving officers' accounts are deactivated (\(names.joined(separator: ", "))), so too few keys remain."
        case .keysAwaitingConfirmation(let names):
            "The new keys of \(names.joined(separator: ", ")) were made after someone else reset their password and wait for an administrator's confirmation."
        }
    }
}

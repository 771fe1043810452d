import Complaints
import Workbench

/// The associated data of a sealed box: which part of which complaint it is.
public struct SealingContext: Hashable, Sendable {
    /// A name for error messages ("entry", "attachment bytes"), never content.
    let part: String
    let text: String

    public static func entry(_ entry: ComplaintEntry) -> SealingContext {
        Self.entry(id: entry.id, complaint: entry.complaintID, kind: entry.kind)
    }

    public static func entry(id: Identifier<ComplaintEntry>, complaint: Identifier<ComplaintRecord>, kind: ComplaintEntry.Kind) -> SealingContext {
        SealingContext(part: "entry", text: "prongsai/complaint-entry/v1|\(complaint)|\(id)|\(kind.rawValue)")
    }

    public static func attachmentDescription(_ id: Identifier<ComplaintAttachment>, complaint: Identifier<ComplaintRecord>) -> SealingContext {
        SealingContext(part: "attachment description", text: "prongsai/attachment-description/v1|\(complaint)|\(id)")
    }

    public static func attachmentBytes(_ id: Identifier<ComplaintAttachment>, complaint: Identifier<ComplaintRecord>) -> SealingContext {
        SealingContext(part: "attachment bytes", text: "prongsai/attachment-bytes/v1|\(complaint)|\(id)")
    }

    static func keyWrap(_ recipient: ComplaintKeyWrap.Recipient, complaint: Identifier<ComplaintRecord>) -> SealingContext {
        SealingContext(
            part: "key wrap",
            text: "prongsai/key-wrap/v1|\(complaint)|\(recipient.storageKind)|\(recipient.storageKeyID)")
    }

    static func officerKey(_ id: Identifier<OfficerKey>, user: Identifier<UserAccount>) -> SealingContext {
        SealingContext(part: "officer key", text: "prongsai/officer-key/v1|\(user)|\(id)")
    }

    static func sessionKey(_ id: Identifier<OfficerKey>) -> SealingContext {
        SealingContext(part: "session key", text: "prongsai/officer-session-key/v1|\(id)")
    }

    static func followUp(agency: String) -> SealingContext {
        SealingContext(part: "follow-up token", text: "prongsai/follow-up-token/v1|\(agency)")
    }
}

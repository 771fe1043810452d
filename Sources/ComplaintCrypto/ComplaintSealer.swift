import Complaints
import Crypto
import Foundation
import Workbench

/// Authenticated encryption of a complaint's parts with ChaCha20-Poly1305.
///
/// ChaCha20-Poly1305 is fast in software on servers without AES instructions (small agency machines),
/// and its random 96-bit nonces are safe for the few thousand messages a key ever seals. Every box is
/// bound to where it belongs by its associated data (complaint, part, kind), so a part copied into
/// another case or relabelled as another kind (an internal note shown as a reply) fails to open.
public enum ComplaintSealer {
    public static func seal(_ plaintext: Data, with key: SymmetricKey, context: SealingContext) throws -> Data {
        try ChaChaPoly.seal(plaintext, using: key, authenticating: Data(context.text.utf8)).combined
    }

    public static func open(_ sealed: Data, with key: SymmetricKey, context: SealingContext) throws -> Data {
        do {
            let box = try ChaChaPoly.SealedBox(combined: sealed)
            return try ChaChaPoly.open(box, using: key, authenticating: Data(context.text.utf8))
        } catch {
            throw ComplaintCryptoError.cannotOpen(context.part)
        }
    }

    /// A value as sorted-key JSON, sealed.
    public static func seal(json value: some Encodable, with key: SymmetricKey, context: SealingContext) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try seal(encoder.encode(value), with: key, context: context)
    }

    public static func open<Value: Decodable>(
        json type: Value.Type, _ sealed: Data, with key: SymmetricKey, context: SealingContext
    ) throws -> Value {
        let data = try open(sealed, with: key, context: context)
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw ComplaintCryptoError.malformed(context.part)
        }
    }
}

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

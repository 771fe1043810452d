import Foundation
import Workbench

/// A complaint's keys sealed for one recipient.
///
/// For an officer or the recovery key, `ephemeralPublicKey` is the sender's one-time X25519 key; with
/// the recipient's private key it gives the key that opens `sealedKeys`. For the reporter it is empty:
/// the receipt itself, stretched by the slow KDF, opens the wrap.
public struct ComplaintKeyWrap: Codable, Hashable, Sendable {
    public enum Recipient: Codable, Hashable, Sendable {
        case officer(Identifier<OfficerKey>)
        case recovery(Identifier<RecoveryKey>)
        case reporter

        /// How storage names the recipient: a kind and a key id (empty for the reporter).
        public var storageKind: String {
            switch self {
            case .officer: "officer"
            case .recovery: "recovery"
            case .reporter: "reporter"
            }
        }

        public var storageKeyID: String {
            switch self {
            case .officer(let id): id.description
            case .recovery(let id): id.description
            case .reporter: ""
            }
        }

        public init?(storageKind: String, keyID: String) {
            switch storageKind {
            case "officer": guard let id = Identifier<OfficerKey>(keyID) else { return nil }; self = .officer(id)
            case "recovery": guard let id = Identifier<RecoveryKey>(keyID) else { return nil }; self = .recovery(id)
            case "reporter": self = .reporter
            default: return nil
            }
        }
    }

    public var recipient: Recipient
    public var ephemeralPublicKey: Data
    public var sealedKeys: Data

    public init(recipient: Recipient, ephemeralPublicKey: Data, sealedKeys: Data) {
        self.recipient = recipient
        self.ephemeralPublicKey = ephemeralPublicKey
        self.sealedKeys = sealedKeys
    }
}

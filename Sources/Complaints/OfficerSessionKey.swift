import Foundation
import Workbench

/// An officer's private key for the length of one sign-in, sealed under a key derived from that session's
/// cookie or bearer token. The database keeps only the token's SHA-256, so it cannot open this on its own;
/// the row goes with the session when it ends.
public struct OfficerSessionKey: Codable, Hashable, Sendable {
    public var sessionTokenHash: String
    public var keyID: Identifier<OfficerKey>
    public var sealedPrivateKey: Data

    public init(sessionTokenHash: String, keyID: Identifier<OfficerKey>, sealedPrivateKey: Data) {
        self.sessionTokenHash = sessionTokenHash
        self.keyID = keyID
        self.sealedPrivateKey = sealedPrivateKey
    }
}

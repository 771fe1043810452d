import Foundation
import Workbench

/// A receiving officer's X25519 key pair. The public half seals complaint keys for the officer; the
/// private half is stored only sealed under a key stretched from the officer's password, so the
/// server cannot use it until the officer signs in.
public struct OfficerKey: Codable, Hashable, Sendable {
    public var id: Identifier<OfficerKey>
    public var userID: Identifier<UserAccount>
    /// The raw 32-byte X25519 public key.
    public var publicKey: Data
    public var protection: PasswordProtectedKey
    public var createdAt: Date
    /// True once a newer key replaced it (after an administrator reset the password): the old key stays
    /// stored, unusable, so that nothing about the officer's history silently disappears.
    public var retired: Bool

    public init(
        id: Identifier<OfficerKey>, userID: Identifier<UserAccount>, publicKey: Data, protection: PasswordProtectedKey,
        createdAt: Date, retired: Bool = false
    ) {
        self.id = id
        self.userID = userID
        self.publicKey = publicKey
        self.protection = protection
        self.createdAt = createdAt
        self.retired = retired
    }
}

/// A private key sealed under a key derived from a password with scrypt; salt and cost are kept with it,
/// so a later change of the default cost never locks an officer out.
public struct PasswordProtectedKey: Codable, Hashable, Sendable {
    public var sealedPrivateKey: Data
    public var salt: Data
    public var cost: ScryptCost

    public init(sealedPrivateKey: Data, salt: Data, cost: ScryptCost) {
        self.sealedPrivateKey = sealedPrivateKey
        self.salt = salt
        self.cost = cost
    }
}

/// scrypt's cost parameters: N = 2^logN, block size r, parallelism p. Memory is 128 · r · N bytes.
public struct ScryptCost: Codable, Hashable, Sendable, CustomStringConvertible {
    public var logN: Int
    public var r: Int
    public var p: Int

    public init(logN: Int, r: Int = 8, p: Int = 1) {
        self.logN = logN
        self.r = r
        self.p = p
    }

    public var rounds: Int { 1 << logN }
    public var memoryBytes: Int { 128 * r * rounds * p }
    public var description: String { "scrypt N=2^\(logN) r=\(r) p=\(p) (\(memoryBytes / 1_048_576) MiB)" }
}

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

/// The public half of an agency's recovery key pair. The private half was shown once to the
/// administrator to print and keep offline; it is never stored.
public struct RecoveryKey: Codable, Hashable, Sendable {
    public var id: Identifier<RecoveryKey>
    public var publicKey: Data
    public var createdAt: Date

    public init(id: Identifier<RecoveryKey>, publicKey: Data, createdAt: Date) {
        self.id = id
        self.publicKey = publicKey
        self.createdAt = createdAt
    }
}

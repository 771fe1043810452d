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

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
    /// Whether reports may be sealed for it; see `Trust`.
    public var trust: Trust

    /// How far the channel trusts a key. A key made after someone else reset the officer's password may
    /// be the work of whoever reset it (they knew the one-time password), so it gets nothing until an
    /// administrator confirms it, and older cases only when another recipient shares them on purpose.
    public enum Trust: String, Codable, Hashable, Sendable {
        /// A recipient's first key, or one confirmed and then shared by another recipient: new cases are
        /// sealed for it and missing ones are shared automatically.
        case trusted
        /// Made after someone else reset the password: no case is sealed or shared for it.
        case awaitingConfirmation
        /// An administrator confirmed it: new cases are sealed for it; older ones wait for another
        /// recipient to share them explicitly.
        case confirmed
    }

    /// Whether a newly filed case is sealed for this key.
    public var receivesNewCases: Bool { !retired && trust != .awaitingConfirmation }
    /// Whether another recipient's inbox shares missing cases with it without being asked.
    public var sharedAutomatically: Bool { !retired && trust == .trusted }

    public init(
        id: Identifier<OfficerKey>, userID: Identifier<UserAccount>, publicKey: Data, protection: PasswordProtectedKey,
        createdAt: Date, retired: Bool = false, trust: Trust = .trusted
    ) {
        self.id = id
        self.userID = userID
        self.publicKey = publicKey
        self.protection = protection
        self.createdAt = createdAt
        self.retired = retired
        self.trust = trust
    }
}

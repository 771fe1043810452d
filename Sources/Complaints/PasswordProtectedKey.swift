import Foundation

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

import Complaints
import Crypto
import CryptoExtras
import Foundation
import Workbench

/// Makes officers' key pairs and protects their private halves: under the officer's password at rest,
/// under the session token while signed in.
public enum OfficerKeyProtection {
    /// A new key pair for an officer, its private half sealed under a key stretched from `password`.
    public static func makeKey(
        for user: Identifier<UserAccount>, password: String, cost: ScryptCost, at date: Date
    ) throws -> (record: OfficerKey, privateKey: Curve25519.KeyAgreement.PrivateKey) {
        let privateKey = Curve25519.KeyAgreement.PrivateKey()
        let id = Identifier<OfficerKey>(UUID())
        let protection = try protect(privateKey, keyID: id, user: user, password: password, cost: cost)
        let record = OfficerKey(
            id: id, userID: user, publicKey: privateKey.publicKey.rawRepresentation, protection: protection, createdAt: date)
        return (record, privateKey)
    }

    /// Seals a private key under scrypt(password, fresh 16-byte salt). scrypt for the same reason as receipts:
    /// passwords are the weakest secret here, and memory-hardness makes each guess expensive everywhere.
    public static func protect(
        _ privateKey: Curve25519.KeyAgreement.PrivateKey, keyID: Identifier<OfficerKey>, user: Identifier<UserAccount>,
        password: String, cost: ScryptCost
    ) throws -> PasswordProtectedKey {
        let salt = SymmetricKey(size: .bits128).rawData
        let key = try stretch(password, salt: salt, cost: cost)
        let sealed = try ComplaintSealer.seal(
            privateKey.rawRepresentation, with: key, context: .officerKey(keyID, user: user))
        return PasswordProtectedKey(sealedPrivateKey: sealed, salt: salt, cost: cost)
    }

    /// The private key, or `.cannotOpen` when the password is not the one it was sealed under
    /// (after an administrator's reset, for instance).
    public static func open(_ key: OfficerKey, password: String) throws -> Curve25519.KeyAgreement.PrivateKey {
        let stretched = try stretch(password, salt: key.protection.salt, cost: key.protection.cost)
        let raw = try ComplaintSealer.open(
            key.protection.sealedPrivateKey, with: stretched, context: .officerKey(key.id, user: key.userID))
        return try privateKey(raw)
    }

    /// Seals the private key for one session: the key is derived from the session's token, which only
    /// the officer's browser (or script) holds. The token is 256 random bits, so HKDF needs no stretching.
    public static func sealForSession(
        _ privateKey: Curve25519.KeyAgreement.PrivateKey, keyID: Identifier<OfficerKey>, sessionToken: String
    ) throws -> Data {
        try ComplaintSealer.seal(privateKey.rawRepresentation, with: sessionKey(sessionToken), context: .sessionKey(keyID))
    }

    public static func openForSession(_ sealed: Data, keyID: Identifier<OfficerKey>, sessionToken: String) throws
        -> Curve25519.KeyAgreement.PrivateKey
    {
        try privateKey(ComplaintSealer.open(sealed, with: sessionKey(sessionToken), context: .sessionKey(keyID)))
    }

    private static func sessionKey(_ token: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(token.utf8)), info: Data("prongsai officer session key v1".utf8),
            outputByteCount: 32)
    }

    private static func stretch(_ password: String, salt: Data, cost: ScryptCost) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(
            from: Data(password.utf8), salt: salt, outputByteCount: 32, rounds: cost.rounds, blockSize: cost.r,
            parallelism: cost.p)
    }

    static func privateKey(_ raw: Data) throws -> Curve25519.KeyAgreement.PrivateKey {
        do {
            return try Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw)
        } catch {
            throw ComplaintCryptoError.malformed("private key")
        }
    }
}

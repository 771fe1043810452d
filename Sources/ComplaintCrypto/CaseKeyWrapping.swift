import Complaints
import Crypto
import Foundation
import Workbench

/// Seals a complaint's keys for each recipient and opens them again.
///
/// For a public key (an officer's or the recovery key) this is ECIES on X25519: a fresh ephemeral key pair
/// per wrap, X25519 with the recipient's public key, HKDF-SHA256 over the shared secret (salted with both
/// public keys, so the wrapping key belongs to this exact pair) → a one-time ChaCha20-Poly1305 key. The
/// server needs only public keys to seal a new report, so it can take reports while nobody is signed in,
/// yet cannot read them afterwards. For the reporter, the key stretched from the receipt seals directly.
public enum CaseKeyWrapping {
    public static func wrap(
        _ keys: ComplaintKeys, for recipient: ComplaintKeyWrap.Recipient, publicKey: Data,
        complaint: Identifier<ComplaintRecord>
    ) throws -> ComplaintKeyWrap {
        let recipientKey: Curve25519.KeyAgreement.PublicKey
        do {
            recipientKey = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: publicKey)
        } catch {
            throw ComplaintCryptoError.malformed("public key")
        }
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let wrappingKey = try Self.wrappingKey(
            ephemeral.sharedSecretFromKeyAgreement(with: recipientKey),
            ephemeralPublic: ephemeral.publicKey.rawRepresentation, recipientPublic: publicKey)
        let sealed = try ComplaintSealer.seal(
            keys.rawRepresentation, with: wrappingKey, context: .keyWrap(recipient, complaint: complaint))
        return ComplaintKeyWrap(recipient: recipient, ephemeralPublicKey: ephemeral.publicKey.rawRepresentation, sealedKeys: sealed)
    }

    public static func open(
        _ wrap: ComplaintKeyWrap, with privateKey: Curve25519.KeyAgreement.PrivateKey, complaint: Identifier<ComplaintRecord>
    ) throws -> ComplaintKeys {
        let ephemeral: Curve25519.KeyAgreement.PublicKey
        do {
            ephemeral = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: wrap.ephemeralPublicKey)
        } catch {
            throw ComplaintCryptoError.malformed("ephemeral key")
        }
        let wrappingKey = try Self.wrappingKey(
            privateKey.sharedSecretFromKeyAgreement(with: ephemeral), ephemeralPublic: wrap.ephemeralPublicKey,
            recipientPublic: privateKey.publicKey.rawRepresentation)
        let raw = try ComplaintSealer.open(wrap.sealedKeys, with: wrappingKey, context: .keyWrap(wrap.recipient, complaint: complaint))
        return try ComplaintKeys(rawRepresentation: raw)
    }

    /// The reporter's wrap: only the report key, sealed with the key stretched from the receipt.
    public static func wrapForReporter(
        _ keys: ComplaintKeys, reporterKey: SymmetricKey, complaint: Identifier<ComplaintRecord>
    ) throws -> ComplaintKeyWrap {
        let sealed = try ComplaintSealer.seal(
            keys.reporterHalf.rawRepresentation, with: reporterKey, context: .keyWrap(.reporter, complaint: complaint))
        return ComplaintKeyWrap(recipient: .reporter, ephemeralPublicKey: Data(), sealedKeys: sealed)
    }

    public static func openAsReporter(
        _ wrap: ComplaintKeyWrap, reporterKey: SymmetricKey, complaint: Identifier<ComplaintRecord>
    ) throws -> ComplaintKeys {
        let raw = try ComplaintSealer.open(wrap.sealedKeys, with: reporterKey, context: .keyWrap(.reporter, complaint: complaint))
        return try ComplaintKeys(rawRepresentation: raw)
    }

    private static func wrappingKey(_ secret: SharedSecret, ephemeralPublic: Data, recipientPublic: Data) -> SymmetricKey {
        secret.hkdfDerivedSymmetricKey(
            using: SHA256.self, salt: ephemeralPublic + recipientPublic,
            sharedInfo: Data("prongsai complaint key wrap v1".utf8), outputByteCount: 32)
    }
}

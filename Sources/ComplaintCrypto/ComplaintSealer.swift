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

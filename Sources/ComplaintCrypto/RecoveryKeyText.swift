import Complaints
import Crypto
import Foundation
import Workbench

/// The recovery key pair, and its private half as text a person can print, keep in a safe and type back.
///
/// The text is "PRK1-" then the 32-byte key and a 2-byte SHA-256 check in base32 (A–Z, 2–7: no 0/O or
/// 1/I to confuse), in groups of five. The check catches a mistyped character before any case is tried.
public enum RecoveryKeyText {
    static let prefix = "PRK1"
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    /// A new recovery key pair: the record to store, and the text to show once.
    public static func makeKey(at date: Date) -> (record: RecoveryKey, text: String) {
        let privateKey = Curve25519.KeyAgreement.PrivateKey()
        let record = RecoveryKey(id: Identifier(UUID()), publicKey: privateKey.publicKey.rawRepresentation, createdAt: date)
        return (record, text(for: privateKey))
    }

    public static func text(for privateKey: Curve25519.KeyAgreement.PrivateKey) -> String {
        let raw = privateKey.rawRepresentation
        let encoded = base32(raw + Data(SHA256.hash(data: raw).prefix(2)))
        let groups = stride(from: 0, to: encoded.count, by: 5).map { start in
            String(encoded[encoded.index(encoded.startIndex, offsetBy: start)..<encoded.index(encoded.startIndex, offsetBy: min(start + 5, encoded.count))])
        }
        return ([prefix] + groups).joined(separator: "-")
    }

    /// Reads the printed text back, ignoring case, spaces, dashes and line breaks; nil when it is not a
    /// recovery key or its check fails.
    public static func privateKey(from text: String) -> Curve25519.KeyAgreement.PrivateKey? {
        var compact = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard compact.hasPrefix(prefix) else { return nil }
        compact.removeFirst(prefix.count)
        guard let bytes = decodeBase32(compact), bytes.count == 34 else { return nil }
        let raw = bytes.prefix(32)
        guard Data(SHA256.hash(data: raw).prefix(2)) == bytes.suffix(2) else { return nil }
        return try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw)
    }

    /// Whether a private key belongs to a stored recovery key.
    public static func matches(_ privateKey: Curve25519.KeyAgreement.PrivateKey, _ record: RecoveryKey) -> Bool {
        privateKey.publicKey.rawRepresentation == record.publicKey
    }

    static func base32(_ data: Data) -> String {
        var output = ""
        var buffer = 0, bits = 0
        for byte in data {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return output
    }

    static func decodeBase32(_ text: String) -> Data? {
        var output = Data()
        var buffer = 0, bits = 0
        for character in text {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = ((buffer << 5) | value) & 0xFFFF
            bits += 5
            if bits >= 8 {
                output.append(UInt8((buffer >> (bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        return output
    }
}

import Complaints
import Crypto
import Foundation

/// A short, readable digest of an officer's public key, shown to the officer on the inbox and to the
/// administrator beside the confirm button, so that the two can compare it (in person or by phone)
/// before a key made after a reset is trusted.
enum KeyFingerprint {
    static func text(_ key: OfficerKey) -> String {
        let hex = SHA256.hash(data: key.publicKey).prefix(10).map { String(format: "%02X", $0) }.joined()
        return stride(from: 0, to: hex.count, by: 4).map { offset in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return String(hex[start..<hex.index(start, offsetBy: 4)])
        }.joined(separator: "-")
    }
}

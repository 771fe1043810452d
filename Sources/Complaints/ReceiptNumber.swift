/// เลขรับเรื่อง — the 16-digit number a reporter keeps to follow a report up.
///
/// Drawn uniformly from 0…10¹⁶−1, which is log₂(10¹⁶) ≈ 53.15 bits, from whatever cryptographic
/// generator the caller passes (the web app passes the system's). Only a slow hash of it is stored.
public struct ReceiptNumber: Hashable, Sendable, CustomStringConvertible {
    /// Exactly 16 ASCII digits.
    public let digits: String

    public static let length = 16
    static let upperBound: UInt64 = 10_000_000_000_000_000

    /// A new receipt from `generator`, which must be cryptographically secure.
    public static func random(using generator: inout some RandomNumberGenerator) -> ReceiptNumber {
        // `random(in:using:)` rejects out-of-range draws, so every receipt is equally likely.
        let value = UInt64.random(in: 0..<upperBound, using: &generator)
        let text = String(value)
        return ReceiptNumber(unchecked: String(repeating: "0", count: length - text.count) + text)
    }

    private init(unchecked digits: String) {
        self.digits = digits
    }

    /// Reads a receipt as people type it: spaces, dashes and dots anywhere, Thai digits (๐–๙) allowed.
    /// Nil unless exactly 16 digits remain.
    public init?(typed text: String) {
        var digits = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: digits.unicodeScalars.append(scalar)
            case 0x0E50...0x0E59: digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            case 0x20, 0x2D, 0x2E, 0x09, 0xA0, 0x2010...0x2015: continue
            default: return nil
            }
        }
        guard digits.count == Self.length else { return nil }
        self.digits = digits
    }

    /// "1234 5678 9012 3456": four groups, easier to copy by hand and to read aloud.
    public var grouped: String {
        stride(from: 0, to: Self.length, by: 4).map { start in
            let from = digits.index(digits.startIndex, offsetBy: start)
            return String(digits[from..<digits.index(from, offsetBy: 4)])
        }.joined(separator: " ")
    }

    /// Never the digits: a receipt printed by accident into a log or an error stays secret.
    public var description: String { "ReceiptNumber(****)" }
}

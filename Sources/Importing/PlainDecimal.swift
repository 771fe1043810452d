import Foundation
import ThaiText

/// Reads "99.45" exactly as written. `Decimal(string:)` alone accepts a prefix ("9x.5" gives 9) and
/// exponents, so the text is checked first; Double is never involved.
enum PlainDecimal {
    /// A plain decimal: optional sign, digits (Thai digits allowed), optional fraction. Nil otherwise.
    static func parse(_ raw: String) -> Decimal? {
        let text = ThaiNormalizer.arabicDigits(raw.trimmingCharacters(in: .whitespaces))
        guard isPlainNumber(text) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// A whole number written plainly ("2565", "๒๕๖๕").
    static func parseInt(_ raw: String) -> Int? {
        let text = ThaiNormalizer.arabicDigits(raw.trimmingCharacters(in: .whitespaces))
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(text)
    }

    private static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy({ ("0"..."9").contains($0) }) else {
            return false
        }
        if parts.count == 2 {
            return !parts[1].isEmpty && parts[1].allSatisfy { ("0"..."9").contains($0) }
        }
        return true
    }
}

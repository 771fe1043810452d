import Foundation

/// Puts Thai text into one canonical form: NFC, with the sara am that PDF extraction splits rejoined.
public enum ThaiNormalizer {
    /// NFC, with "ํ" + "า" (nikhahit + sara aa) written as "ำ", tone marks before it, and Thai digits kept.
    public static func normalize(_ text: String) -> String {
        var scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // PDF text often has nikhahit, then a tone mark, then sara aa for "น้ำ". The canonical
            // spelling is tone mark, then sara am.
            if scalar == "\u{0E4D}" {
                if index + 1 < scalars.count, scalars[index + 1] == "\u{0E32}" {
                    output.append("\u{0E33}")
                    index += 2
                    continue
                }
                if index + 2 < scalars.count, isToneMark(scalars[index + 1]), scalars[index + 2] == "\u{0E32}" {
                    output.append(scalars[index + 1])
                    output.append("\u{0E33}")
                    index += 3
                    continue
                }
            }
            output.append(scalar)
            index += 1
        }
        scalars.removeAll()
        return String(output)
    }

    static func isToneMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E48...0x0E4B).contains(scalar.value)
    }

    /// Thai digits ๐–๙ turned into 0–9.
    public static func arabicDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x0E50...0x0E59).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x0E50 + 0x30)! : scalar
        }))
    }

    /// 0–9 turned into Thai digits ๐–๙, for documents that prefer them.
    public static func thaiDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x30...0x39).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x30 + 0x0E50)! : scalar
        }))
    }
}

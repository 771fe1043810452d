import Foundation

/// The characters XML 1.0 allows (§2.2): the C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and
/// surrogates are not among them, and one of them makes Word or Excel refuse the whole file.
public enum XMLCharacters {
    /// UTF-8 text with the forbidden characters removed, in one pass; bytes that are not UTF-8 stay.
    public static func removingForbidden(_ utf8: Data) -> Data {
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0xEF || $0 == 0xED }) else { return utf8 }
        var output = [UInt8]()
        output.reserveCapacity(utf8.count)
        utf8.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                    index += 1
                    continue
                }
                // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
                if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    index += 3
                    continue
                }
                // A surrogate written as UTF-8 (CESU-8 or a lone half): ED A0…BF xx.
                if byte == 0xED, index + 2 < count, (0xA0...0xBF).contains(bytes[index + 1]) {
                    index += 3
                    continue
                }
                output.append(byte)
                index += 1
            }
        }
        return Data(output)
    }

    /// A string with the forbidden characters removed.
    public static func removingForbidden(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
    }

    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

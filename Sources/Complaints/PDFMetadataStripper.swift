import Foundation

/// Blanks the author's name in a PDF before it is sealed: the `/Author` entry of the document information
/// dictionary and the creator in the XMP metadata, where they are written openly in the file.
///
/// The bytes are overwritten in place (letters become spaces or zero digits), so every offset in the
/// cross-reference table stays right and the file opens as before. A name kept only inside a compressed
/// object stream is not reached; the complaint form says that PDFs may still carry it.
public enum PDFMetadataStripper {
    public static func strip(_ input: Data) -> Data {
        var bytes = [UInt8](input)
        for key in bytes.ranges(of: Array("/Author".utf8)) {
            blankStringValue(after: key.upperBound, in: &bytes)
        }
        for element in ["dc:creator", "pdf:Author"] {
            blankElementText(named: element, in: &bytes)
        }
        return Data(bytes)
    }

    /// Blanks the literal `( … )` or hex `< … >` string that follows a key, if one does.
    static func blankStringValue(after index: Int, in bytes: inout [UInt8]) {
        var index = index
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return }
        if bytes[index] == UInt8(ascii: "(") {
            var depth = 1
            var cursor = index + 1
            var inside: [Int] = []
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: "\\") {
                    inside.append(cursor)
                    if cursor + 1 < bytes.count { inside.append(cursor + 1) }
                    cursor += 2
                    continue
                }
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { break }
                }
                inside.append(cursor)
                cursor += 1
            }
            // An unterminated string is not a string: leave the bytes alone.
            guard cursor < bytes.count else { return }
            for position in inside { bytes[position] = UInt8(ascii: " ") }
        } else if bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "<") {
            var cursor = index + 1
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
            guard cursor < bytes.count else { return }
            for position in (index + 1)..<cursor where isHexDigit(bytes[position]) { bytes[position] = UInt8(ascii: "0") }
        }
    }

    /// Blanks the text between `<name>` (or `<name …>`) and `</name>` in XMP, keeping the inner tags.
    static func blankElementText(named name: String, in bytes: inout [UInt8]) {
        let open = Array("<\(name)".utf8)
        let close = Array("</\(name)>".utf8)
        for opening in bytes.ranges(of: open) {
            let afterName = opening.upperBound
            guard afterName < bytes.count, [UInt8(ascii: ">"), UInt8(ascii: " ")].contains(bytes[afterName]) else { continue }
            guard let end = bytes[afterName...].firstRange(of: close)?.lowerBound else { continue }
            var inTag = true  // still inside the opening tag
            for position in afterName..<end {
                switch bytes[position] {
                case UInt8(ascii: "<"): inTag = true
                case UInt8(ascii: ">"): inTag = false
                default: if !inTag, !isWhitespace(bytes[position]) { bytes[position] = UInt8(ascii: " ") }
                }
            }
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(byte) }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}

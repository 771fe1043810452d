import Foundation

/// Blanks the author's name in a PDF before it is sealed: the `/Author` entry of the document information
/// dictionary and the creator in the XMP metadata, where they are written openly in the file.
///
/// The bytes are overwritten in place (letters become spaces or zero digits), so every offset in the
/// cross-reference table stays right and the file opens as before. A name kept only inside a compressed
/// object stream is not reached; the complaint form says that PDFs may still carry it.
///
/// Every search moves forward only, so the work is linear in the file: an unterminated `/Author (` or an
/// unclosed `<dc:creator>` repeated many times costs one pass, not one pass each.
public enum PDFMetadataStripper {
    public static func strip(_ input: Data) -> Data {
        var bytes = [UInt8](input)
        blankAuthorValues(in: &bytes)
        for element in ["dc:creator", "pdf:Author"] {
            blankElementText(named: element, in: &bytes)
        }
        return Data(bytes)
    }

    /// Blanks the literal `( … )` or hex `< … >` string after each `/Author` key. A key inside a value
    /// already blanked is part of that value.
    static func blankAuthorValues(in bytes: inout [UInt8]) {
        let key = Array("/Author".utf8)
        // The value's first byte after each key (after whitespace).
        let starts = ByteSearch.ranges(of: key, in: bytes).map { range in
            var index = range.upperBound
            while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
            return (key: range.lowerBound, value: index)
        }
        let closes = LiteralStrings.closingParentheses(
            of: starts.map(\.value).filter { $0 < bytes.count && bytes[$0] == UInt8(ascii: "(") }, in: bytes)
        var blankedUpTo = 0
        var hexSearch = ByteSearch.Forward(target: UInt8(ascii: ">"))
        for start in starts where start.key >= blankedUpTo && start.value < bytes.count {
            let open = start.value
            if bytes[open] == UInt8(ascii: "(") {
                // An unterminated string is not a string: leave the bytes alone.
                guard let close = closes[open] else { continue }
                for position in (open + 1)..<close { bytes[position] = UInt8(ascii: " ") }
                blankedUpTo = close
            } else if bytes[open] == UInt8(ascii: "<"), open + 1 < bytes.count, bytes[open + 1] != UInt8(ascii: "<") {
                guard let close = hexSearch.next(from: open + 1, in: bytes) else { continue }
                for position in (open + 1)..<close where isHexDigit(bytes[position]) { bytes[position] = UInt8(ascii: "0") }
                blankedUpTo = close
            }
        }
    }

    /// Blanks the text between `<name>` (or `<name …>`) and `</name>` in XMP, keeping the inner tags. An
    /// opening inside a stretch already blanked belongs to it.
    static func blankElementText(named name: String, in bytes: inout [UInt8]) {
        let open = Array("<\(name)".utf8)
        let close = Array("</\(name)>".utf8)
        var closeSearch = ByteSearch.ForwardPattern(pattern: close)
        var blankedUpTo = 0
        for opening in ByteSearch.ranges(of: open, in: bytes) where opening.lowerBound >= blankedUpTo {
            let afterName = opening.upperBound
            guard afterName < bytes.count, [UInt8(ascii: ">"), UInt8(ascii: " ")].contains(bytes[afterName]) else { continue }
            guard let end = closeSearch.next(from: afterName, in: bytes) else { return }
            var inTag = true  // still inside the opening tag
            for position in afterName..<end {
                switch bytes[position] {
                case UInt8(ascii: "<"): inTag = true
                case UInt8(ascii: ">"): inTag = false
                default: if !inTag, !isWhitespace(bytes[position]) { bytes[position] = UInt8(ascii: " ") }
                }
            }
            blankedUpTo = end
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(byte) }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}

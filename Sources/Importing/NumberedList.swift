import Foundation

/// Splits "1. … 2. … 3. …" or "1) … 2) …" into items, numbering stripped.
///
/// Markers are taken only in sequence (1, then 2 after it, …) and only at the start of the text or
/// after a space or a tag, so "พ.ศ. 2565", "6.5" or a stray "(3)" inside an item do not split it.
enum NumberedList {
    enum Marker {
        /// "1." — steps and listed components.
        case dot
        /// "1)" — the analysis table's weaknesses.
        case parenthesis

        static let dotPattern = TextPattern(#"(?<![^\s>])([0-9]{1,2})\.(?![0-9])"#)
        static let parenthesisPattern = TextPattern(#"(?<![^\s>])([0-9]{1,2})\)"#)

        var pattern: TextPattern {
            switch self {
            case .dot: Self.dotPattern
            case .parenthesis: Self.parenthesisPattern
            }
        }
    }

    struct Split {
        /// Raw text before the first marker (often empty).
        var preamble: String
        /// Raw text of each item, without its number.
        var items: [String]
    }

    static func split(_ raw: String, marker: Marker) -> Split {
        var accepted: [NSRange] = []
        var expected = 1
        var searchFrom = 0
        for match in marker.pattern.matches(in: raw) where match.range.location >= searchFrom {
            guard let number = match.group(0).flatMap({ Int($0) }), number == expected else { continue }
            accepted.append(match.range)
            expected += 1
            searchFrom = match.range.location + match.range.length
        }
        guard let first = accepted.first else { return Split(preamble: raw, items: []) }
        let text = raw as NSString
        var items: [String] = []
        for (index, range) in accepted.enumerated() {
            let start = range.location + range.length
            let end = index + 1 < accepted.count ? accepted[index + 1].location : text.length
            items.append(text.substring(with: NSRange(location: start, length: end - start)))
        }
        return Split(preamble: text.substring(to: first.location), items: items)
    }
}

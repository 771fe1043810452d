import Foundation
import ThaiText

/// Turns a raw table cell or paragraph into clean text: NFC, no HTML debris, single spaces.
enum CellText {
    /// `<p>`, `<ol style=…>` and the like, including a tag cut off at the end of a truncated file.
    static let tag = TextPattern(#"</?[A-Za-z][^<>]*(>|$)"#)

    static let entities: [(String, String)] = [
        ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ]

    /// NFC with the sara am repaired, tags replaced by spaces, entities decoded, spaces collapsed.
    static func clean(_ raw: String) -> String {
        var text = tag.replacingMatches(in: ThaiNormalizer.normalize(raw), with: " ")
        for (entity, character) in entities where text.contains(entity) {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return ThaiSpacing.collapsed(text)
    }

    /// The cell split at paragraph and list-item tags (`<p>`, `<br>`, `<li>`), cleaned, empties dropped.
    static let blockBoundary = TextPattern(#"</?(p|br|li)\b[^<>]*(>|$)"#)

    static func blocks(_ raw: String) -> [String] {
        let marked = blockBoundary.replacingMatches(in: raw, with: "\u{1E}")
        return marked.split(separator: "\u{1E}").map { clean(String($0)) }.filter { !$0.isEmpty }
    }
}

import Foundation

/// A regular expression over UTF-16, so that matches never snap to grapheme clusters: PDF text has
/// spaces followed by combining Thai vowels (" ำ"), which Swift's Character view glues together.
///
/// `@unchecked Sendable`: the only stored state is an `NSRegularExpression`, which Foundation
/// documents as immutable and safe to use from several threads; it is compiled once, in `init`.
struct TextPattern: @unchecked Sendable {
    let source: String
    private let expression: NSRegularExpression?

    init(_ source: String) {
        self.source = source
        expression = try? NSRegularExpression(pattern: source, options: [])
    }

    /// One match: the whole text matched, its UTF-16 range, and each capture group (nil when unmatched).
    struct Match {
        let text: String
        let range: NSRange
        let groups: [String?]

        func group(_ index: Int) -> String? { index < groups.count ? groups[index] : nil }
    }

    func matches(in text: String) -> [Match] {
        guard let expression else { return [] }
        let string = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: string.length)).map { result in
            let groups = (1..<max(result.numberOfRanges, 1)).map { index -> String? in
                let range = result.range(at: index)
                return range.location == NSNotFound ? nil : string.substring(with: range)
            }
            return Match(text: string.substring(with: result.range), range: result.range, groups: groups)
        }
    }

    func firstMatch(in text: String) -> Match? {
        matches(in: text).first
    }

    func isMatched(by text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    func replacingMatches(in text: String, with template: String) -> String {
        guard let expression else { return text }
        let range = NSRange(location: 0, length: (text as NSString).length)
        return expression.stringByReplacingMatches(in: text, range: range, withTemplate: template)
    }
}

extension String {
    /// The UTF-16 slice before and after a range, for cutting text at a match.
    func utf16Prefix(upTo location: Int) -> String {
        (self as NSString).substring(to: location)
    }

    func utf16Suffix(from location: Int) -> String {
        (self as NSString).substring(from: location)
    }
}

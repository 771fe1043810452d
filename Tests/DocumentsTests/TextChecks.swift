import Foundation
import ThaiText

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small helpers the document tests share.
enum TextChecks {
    /// The text a reader sees: tags removed, the five entities the renderer writes decoded.
    static func visibleText(ofHTML html: String) -> String {
        let withoutTags = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return withoutTags
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Text extracted from a PDF, compared without any whitespace: table cells wrap titles over
    /// several lines, and pdftotext decomposes sara am, which NFC and ThaiNormalizer put back.
    static func squeezed(_ text: String) -> String {
        ThaiNormalizer.normalize(text).filter { !$0.isWhitespace }
    }

    /// Whether `data` parses as XML; the parser's error otherwise.
    static func xmlError(_ data: Data) -> String? {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        return parser.parse() ? nil : "\(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)"
    }
}

import Foundation

/// The kinds of input a result can be imported from.
public enum InputFormat: String, Codable, Hashable, Sendable, CaseIterable {
    /// The text of a published measures document (from its PDF).
    case document
    /// A result typed into a spreadsheet and saved as CSV.
    case csv
    /// A result as JSON.
    case json

    /// The format by file extension first, then by content: JSON starts with `{` or `[`; CSV is
    /// short comma-separated rows; anything else is taken for a document, whose importer reports
    /// when it is not one.
    public static func detect(data: Data, fileName: String?) -> InputFormat {
        if let fileName {
            switch (fileName as NSString).pathExtension.lowercased() {
            case "json": return .json
            case "csv", "tsv": return .csv
            case "txt", "text", "md": return .document
            default: break
            }
        }
        let text = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") { return .json }
        return looksLikeCSV(trimmed) ? .csv : .document
    }

    /// Every non-blank line has 2 to 6 comma-separated fields and none is long prose.
    private static func looksLikeCSV(_ text: String) -> Bool {
        let lines = text.components(separatedBy: .newlines).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return false }
        return lines.allSatisfy { line in
            let fields = line.components(separatedBy: ",").count
            return (2...6).contains(fields) && !line.contains("\t") && line.count <= 120
        }
    }
}

import Foundation

/// A table written as CSV the way Thai offices open it: RFC 4180 quoting, CRLF line ends, and
/// UTF-8 with a byte-order mark, without which Excel reads Thai as the Windows code page.
public struct CSVTable: Hashable, Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The UTF-8 byte-order mark Excel needs to recognise UTF-8.
    public static let byteOrderMark = Data([0xEF, 0xBB, 0xBF])

    /// The file's bytes: the byte-order mark, then `text`.
    public var data: Data { Self.byteOrderMark + Data(text.utf8) }

    /// Every record, each ended by CRLF (RFC 4180 §2.1).
    public var text: String {
        ([header] + rows).map { record in record.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it holds a comma, a quote or a line break; quotes inside are doubled.
    ///
    /// A field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
    /// CR, and not a plain number) gets a leading apostrophe: exported text was typed by users, and
    /// opening an export must never execute it (OWASP "CSV injection").
    public static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The pieces a progress document is made of. Each document lays itself out as a list of blocks
/// with final text; one HTML writer and one Word writer print any such list, so the two formats
/// always carry the same words.
public enum ReportBlock: Hashable, Sendable {
    /// The centred, bold title lines.
    case title([String])
    /// A centred line in the body type, such as the date the data stands at.
    case centred(String)
    /// A heading: level 1 for numbered sections, 2 for a measure within one.
    case heading(String, level: Int)
    /// Body text, first line indented as Thai official paragraphs are.
    case paragraph(String)
    /// "label value" lines with the label in bold, e.g. "ผู้รับผิดชอบ: กองคลัง".
    case fields([ReportField])
    case table(ReportTable)
}

public struct ReportField: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table with a header row; each cell holds one or more lines.
public struct ReportTable: Hashable, Sendable {
    /// The kinds of table, each with its column widths, shared by the stylesheet and the Word writer.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// O43, per measure: date, what was done, evidence, status.
        case progressLog = "ita-progress-log"
        /// O43 summary: measure, status, percent.
        case summary = "ita-progress-summary"
        /// Meeting report: measure, this month's reports, status at the month's end.
        case meeting = "ita-meeting"

        /// Per cent of the text width, left to right; they add up to 100.
        public var widths: [Int] {
            switch self {
            case .progressLog: [14, 40, 31, 15]
            case .summary: [8, 54, 24, 14]
            case .meeting: [26, 50, 24]
            }
        }
    }

    public struct Cell: Hashable, Sendable {
        public var lines: [String]
        /// Figures and dates sit centred.
        public var centred: Bool

        public init(_ lines: [String], centred: Bool = false) {
            self.lines = lines
            self.centred = centred
        }

        public init(_ text: String, centred: Bool = false) {
            self.init([text], centred: centred)
        }
    }

    public var kind: Kind
    public var columns: [String]
    public var rows: [[Cell]]

    public init(kind: Kind, columns: [String], rows: [[Cell]]) {
        self.kind = kind
        self.columns = columns
        self.rows = rows
    }
}

/// A document laid out as blocks, ready for `ReportHTML` and `ReportDOCX`.
public protocol ReportLayout: Sendable {
    /// The title used for the HTML `<title>` and the .docx properties.
    var documentTitle: String { get }
    var blocks: [ReportBlock] { get }
}

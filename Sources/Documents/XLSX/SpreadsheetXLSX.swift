import Foundation
import OfficePackage

/// One sheet of text cells as an .xlsx file: SpreadsheetML written by hand, with inline strings (no
/// shared-string table to keep in step), a bold header row, wrapped text and column widths. Excel and
/// LibreOffice open it.
public struct SpreadsheetXLSX: Sendable {
    public var sheetName: String
    public var header: [String]
    public var rows: [[String]]
    /// Column widths in characters; missing ones are left to the application.
    public var columnWidths: [Double]

    public init(sheetName: String, header: [String], rows: [[String]], columnWidths: [Double] = []) {
        self.sheetName = sheetName
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
    }

    /// The zipped package.
    public func data() throws -> Data {
        try ZipPackage.data(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// Every part of the package, [Content_Types].xml first as the format asks.
    var parts: [(String, String)] {
        [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.rootRelationships),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", Self.workbookRelationships),
            ("xl/styles.xml", Self.styles),
            ("xl/worksheets/sheet1.xml", worksheet),
        ]
    }

    var workbook: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <sheets><sheet name="\(Self.escape(String(sheetName.prefix(31))))" sheetId="1" r:id="rId1"/></sheets>
        </workbook>
        """
    }

    var worksheet: String {
        let columns = columnWidths.isEmpty ? "" : "<cols>" + columnWidths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }.joined() + "</cols>"
        let lines = ([header] + rows).enumerated().map { index, cells in
            let style = index == 0 ? 1 : 2
            let row = cells.enumerated().map { column, text in
                "<c r=\"\(Self.columnName(column))\(index + 1)\" t=\"inlineStr\" s=\"\(style)\"><is><t xml:space=\"preserve\">\(Self.escape(text))</t></is></c>"
            }.joined()
            return "<row r=\"\(index + 1)\">\(row)</row>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
            \(columns)<sheetData>\(lines)</sheetData>
            </worksheet>
            """
    }

    /// A, B, … Z, AA, AB, …
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// XML text; characters XML 1.0 forbids (control characters but tab and line ends) are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
        </Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>
        """

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        </Relationships>
        """

    /// Style 0 the default, 1 the bold header, 2 body text wrapped at the top of its cell.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <fonts count="2"><font><sz val="14"/><name val="TH Sarabun New"/></font><font><b/><sz val="14"/><name val="TH Sarabun New"/></font></fonts>
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
        </styleSheet>
        """
}

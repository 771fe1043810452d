/// word/document.xml for a list of `ReportBlock`s, set like the measures document: same styles,
/// page, margins and table look.
struct ReportDocumentBody {
    let blocks: [ReportBlock]
    var typography = WordTypography.thaiGovernment

    var xml: String {
        let body = blocks.flatMap(xml).joined(separator: "\n")
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(WordNamespaces.document)>
        <w:body>
        \(body)
        \(WordDocumentBody.sectionProperties)
        </w:body>
        </w:document>

        """
    }

    func xml(_ block: ReportBlock) -> [String] {
        switch block {
        case .title(let lines):
            return lines.enumerated().map { index, line in
                var paragraph = WordParagraph(line, style: "DocTitle", alignment: .center)
                if index == lines.count - 1 { paragraph.spacingAfter = 120 }
                return paragraph.xml(typography)
            }
        case .centred(let text):
            var paragraph = WordParagraph(text, alignment: .center)
            paragraph.spacingAfter = 240
            return [paragraph.xml(typography)]
        case .heading(let text, let level):
            return [WordParagraph(text, style: "Heading\(level <= 1 ? 1 : 2)").xml(typography)]
        case .paragraph(let text):
            var paragraph = WordParagraph(text, style: "BodyText")
            paragraph.firstLine = WordDocumentBody.paragraphIndent
            return [paragraph.xml(typography)]
        case .fields(let fields):
            return fields.enumerated().map { index, field in
                var paragraph = WordParagraph([.init(text: field.label, bold: true), .init(text: " " + field.value)])
                // The fields head the table or text below them; keep them on its page.
                paragraph.keepNext = true
                if index == fields.count - 1 { paragraph.spacingAfter = 120 }
                return paragraph.xml(typography)
            }
        case .table(let table):
            // Word joins two tables that touch into one; an empty paragraph keeps them apart.
            return [wordTable(table).xml(typography), WordParagraph([], style: "TableGap").xml(typography)]
        }
    }

    func wordTable(_ table: ReportTable) -> WordTable {
        var rows = [WordDocumentBody.headerRow(table.columns)]
        for row in table.rows {
            rows.append(WordTable.Row(cells: row.map { cell in
                WordTable.Cell(cell.lines.map {
                    WordParagraph($0, style: "TableText", alignment: cell.centred ? .center : nil)
                })
            }))
        }
        return WordTable(columns: Self.twips(table.kind.widths), rows: rows)
    }

    /// Per-cent widths as twips of the text width; the last column takes the rounding remainder.
    static func twips(_ percents: [Int]) -> [Int] {
        var columns = percents.map { WordDocumentBody.textWidth * $0 / 100 }
        if !columns.isEmpty { columns[columns.count - 1] += WordDocumentBody.textWidth - columns.reduce(0, +) }
        return columns
    }
}

import Planning

extension WordDocumentBody {
    static let headerFill = "D9E2F3"
    static let instrumentFill = "F2F2F2"

    static func headerRow(_ columns: [String]) -> WordTable.Row {
        WordTable.Row(
            cells: columns.map { title in
                var cell = WordTable.Cell([WordParagraph(title, style: "TableHeading", alignment: .center)])
                cell.fill = headerFill
                cell.centredVertically = true
                return cell
            },
            isHeader: true)
    }

    static func text(_ text: String, alignment: WordParagraph.Alignment? = nil, bold: Bool = false) -> WordTable.Cell {
        WordTable.Cell([WordParagraph(text, style: "TableText", alignment: alignment, bold: bold)])
    }

    static func figure(_ text: String, merge: WordTable.VerticalMerge? = nil, bold: Bool = false) -> WordTable.Cell {
        var cell = Self.text(text, alignment: .center, bold: bold)
        cell.verticalMerge = merge
        cell.centredVertically = true
        return cell
    }

    /// 40/13/17/14/16 % of the text width, as in the HTML.
    func resultTable(_ table: ResultTable) -> WordTable {
        var rows = [Self.headerRow(ResultTable.columns)]
        for group in table.groups {
            for (index, row) in group.rows.enumerated() {
                // The first row of an instrument starts the merged cells, the others continue them
                // (and must still hold an empty paragraph).
                let merge: WordTable.VerticalMerge = index == 0 ? .restart : .continue
                let spanning = [group.score, group.weightPercent, group.weighted].map { value in
                    Self.figure(index == 0 ? value : "", merge: merge)
                }
                var tableRow = WordTable.Row(cells: [Self.text(row.indicator), Self.figure(row.score)] + spanning)
                // An instrument's rows stay on one page, so its merged figures are never cut apart.
                tableRow.keepWithNext = index < group.rows.count - 1
                rows.append(tableRow)
            }
        }
        var total = Self.text(table.totalLabel, alignment: .center, bold: true)
        total.gridSpan = ResultTable.columns.count - 1
        rows.append(WordTable.Row(cells: [total, Self.figure(table.total, bold: true)]))
        return WordTable(columns: [3628, 1179, 1542, 1270, 1452], rows: rows)
    }

    /// 22/26/52 %; the instrument's name is a second header row across all three columns.
    func analysisTable(_ table: AnalysisTable) -> WordTable {
        var instrument = Self.text(table.heading, bold: true)
        instrument.gridSpan = AnalysisSection.columns.count
        instrument.fill = Self.instrumentFill
        var rows = [Self.headerRow(AnalysisSection.columns), WordTable.Row(cells: [instrument], isHeader: true)]
        for row in table.rows {
            rows.append(WordTable.Row(cells: [
                Self.text(row.indicator), Self.text(row.keepOrImprove), WordTable.Cell(weaknessParagraphs(row.weaknesses)),
            ]))
        }
        return WordTable(columns: [1996, 2358, 4717], rows: rows)
    }

    /// "1) …" with its details "1. …" indented below, hanging so that wrapped lines align.
    func weaknessParagraphs(_ weaknesses: [Weakness]) -> [WordParagraph] {
        weaknesses.enumerated().flatMap { index, weakness in
            [WordParagraph.numbered("\(index + 1))", weakness.text, style: "TableText", left: 340, hanging: 340)]
                + weakness.details.enumerated().map { number, detail in
                    WordParagraph.numbered("\(number + 1).", detail, style: "TableText", left: 680, hanging: 300)
                }
        }
    }

    /// 18/30/20/16.5/15.5 %: the period column is wider than in the HTML because Word cannot keep
    /// "ต.ค. 2565 -" on one line in less at 15 pt TH Sarabun New.
    func measuresTable(_ rows: [MeasuresSection.Row]) -> WordTable {
        var table = [Self.headerRow(MeasuresSection.columns)]
        for row in rows {
            let steps = row.steps.enumerated().map { index, step in
                WordParagraph.numbered("\(index + 1).", step, style: "TableText", left: 300, hanging: 300)
            }
            // "- " before each division, hanging, so a long name that wraps still reads as one.
            let divisions = row.divisions.map {
                WordParagraph.numbered("-", $0, style: "TableText", left: 170, hanging: 170)
            }
            table.append(WordTable.Row(cells: [
                Self.text(row.title), WordTable.Cell(steps), WordTable.Cell(divisions),
                Self.text(Self.period(row)), Self.text(row.monitoring),
            ]))
        }
        return WordTable(columns: [1633, 2728, 1814, 1500, 1396], rows: table)
    }

    /// "ต.ค. 2565 -", a line break, "ก.ย. 2566": months kept whole with no-break spaces.
    static func period(_ row: MeasuresSection.Row) -> String {
        let whole = { (month: String) in month.replacingOccurrences(of: " ", with: "\u{00A0}") }
        return whole(row.periodStart) + "\u{00A0}-\n" + whole(row.periodEnd)
    }
}

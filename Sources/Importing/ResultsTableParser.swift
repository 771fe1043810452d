import Criteria
import Foundation
import Scoring

/// Reads the printed result table: one row per indicator, the instrument's score, weight and
/// weighted score only on the first row of each instrument (merged cells), and a "รวม" row.
struct ResultsTableParser {
    let criteria: Criteria?
    let fiscalYear: Int

    static let indicatorLabel = TextPattern(#"^ตัวชี้วัดที่\s*([0-9๐-๙]{1,2})"#)

    /// Column positions, from the header row when there is one.
    struct Columns {
        var indicatorScore = 1
        var instrumentScore = 2
        var weight = 3
        var weighted = 4

        init() {}

        init(header: [String]) {
            var found: [String: Int] = [:]
            for (index, cell) in header.enumerated().dropFirst() {
                let text = CellText.clean(cell)
                let role: String =
                    if text.contains("ถ่วงน้ำหนัก") { "weighted" }
                    else if text.contains("น้ำหนัก") || text.contains("ร้อยละ") { "weight" }
                    else if text.contains("ที่ได้") || text.contains("100") { "instrumentScore" }
                    else { "indicatorScore" }
                if found[role] == nil { found[role] = index }
            }
            indicatorScore = found["indicatorScore"] ?? 1
            instrumentScore = found["instrumentScore"] ?? 2
            weight = found["weight"] ?? 3
            weighted = found["weighted"] ?? 4
        }
    }

    func parse(_ rows: [SourceLine], warnings: inout [ImportWarning]) -> PublishedResult {
        var result = PublishedResult(fiscalYear: fiscalYear, indicators: [:])
        var columns = Columns()
        var instrumentRowsSeen = 0
        for row in rows {
            let cells = row.cells.map(CellText.clean)
            let label = cells.first ?? ""
            if label == "ตัวชี้วัด" || (label.hasPrefix("ตัวชี้วัด") && !label.hasPrefix("ตัวชี้วัดที่")) {
                columns = Columns(header: row.cells)
            } else if label.hasPrefix("รวม") || label.hasPrefix("คะแนนรวม") {
                readTotal(cells, line: row.number, into: &result, warnings: &warnings)
            } else if let number = Self.indicatorLabel.firstMatch(in: label)?.group(0).flatMap(PlainDecimal.parseInt) {
                readIndicator(number, cells: cells, columns: columns, line: row.number, into: &result, warnings: &warnings)
                let instrumentCells = [columns.instrumentScore, columns.weight, columns.weighted]
                if instrumentCells.contains(where: { !(cells[safe: $0] ?? "").isEmpty }) {
                    readInstrument(
                        indicator: number, cells: cells, columns: columns, position: instrumentRowsSeen,
                        line: row.number, into: &result, warnings: &warnings)
                    instrumentRowsSeen += 1
                }
            }
        }
        return result
    }

    private func readIndicator(
        _ number: Int, cells: [String], columns: Columns, line: Int,
        into result: inout PublishedResult, warnings: inout [ImportWarning]
    ) {
        let field = "result.indicators.\(number)"
        if let criteria, criteria.indicator(number) == nil {
            warnings.append(ImportWarning(
                line: line, field: field,
                messageTH: "ไม่มีตัวชี้วัดที่ \(number) ในเกณฑ์ปี \(criteria.fiscalYear) จึงข้ามแถวนี้",
                messageEN: "fiscal year \(criteria.fiscalYear) has no indicator \(number); row skipped"))
            return
        }
        guard result.indicators[number] == nil else {
            warnings.append(ImportWarning(
                line: line, field: field, messageTH: "ตัวชี้วัดที่ \(number) ซ้ำ ใช้ค่าแรก",
                messageEN: "indicator \(number) appears twice; the first value is kept"))
            return
        }
        let text = cells[safe: columns.indicatorScore] ?? ""
        guard let score = score(text, field: field, line: line, warnings: &warnings) else { return }
        result.indicators[number] = score
    }

    private func readInstrument(
        indicator: Int, cells: [String], columns: Columns, position: Int, line: Int,
        into result: inout PublishedResult, warnings: inout [ImportWarning]
    ) {
        // The table prints IIT, EIT, OIT in that order; without criteria that order names the row.
        let fallback = InstrumentCode.allCases[safe: position]
        guard let code = criteria?.instrument(ofIndicator: indicator)?.code ?? fallback else { return }
        guard result.instrument(code) == nil else { return }
        let field = "result.instruments.\(code.rawValue)"
        result.instruments.append(PublishedInstrument(
            code: code,
            score: score(cells[safe: columns.instrumentScore] ?? "", field: field + ".score", line: line, warnings: &warnings),
            weightPercent: score(cells[safe: columns.weight] ?? "", field: field + ".weightPercent", line: line, warnings: &warnings),
            weighted: score(cells[safe: columns.weighted] ?? "", field: field + ".weighted", line: line, warnings: &warnings)))
    }

    private func readTotal(_ cells: [String], line: Int, into result: inout PublishedResult, warnings: inout [ImportWarning]) {
        guard let text = cells.dropFirst().last(where: { !$0.isEmpty }) else {
            warnings.append(ImportWarning(
                line: line, field: "result.total", messageTH: "แถว \"รวม\" ไม่มีคะแนน",
                messageEN: "the total row has no score"))
            return
        }
        result.total = score(text, field: "result.total", line: line, warnings: &warnings)
    }

    /// A 0–100 figure, or nil with a warning.
    private func score(_ text: String, field: String, line: Int, warnings: inout [ImportWarning]) -> Decimal? {
        guard !text.isEmpty else {
            warnings.append(ImportWarning(
                line: line, field: field, messageTH: "ไม่มีค่าในช่องนี้", messageEN: "the cell is empty"))
            return nil
        }
        guard let value = PlainDecimal.parse(text) else {
            warnings.append(ImportWarning(
                line: line, field: field, messageTH: "\"\(text)\" ไม่ใช่ตัวเลข ข้ามค่านี้",
                messageEN: "\"\(text)\" is not a number; skipped"))
            return nil
        }
        guard value >= 0, value <= 100 else {
            warnings.append(ImportWarning(
                line: line, field: field, messageTH: "\(text) อยู่นอกช่วง 0–100 ข้ามค่านี้",
                messageEN: "\(text) is outside 0–100; skipped"))
            return nil
        }
        return value
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

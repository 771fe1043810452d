import Criteria
import Foundation
import Planning

/// Reads section 2: one row per indicator with what to keep or improve and the urgent weaknesses.
struct AnalysisParser {
    let criteria: Criteria?
    let indicatorScores: [Int: Decimal]
    let repairer: SlipRepairer

    static let indicatorLabel = TextPattern(#"^ตัวชี้วัดที่\s*([0-9๐-๙]{1,2})"#)

    /// The ITA pass mark, 85 in 2565 (the year's criteria say; 85 when no criteria are at hand).
    var passMark: Decimal { criteria?.presentation.passMark ?? 85 }

    /// The rows in printed order, and the line of each indicator's row.
    func parse(_ rows: [SourceLine], warnings: inout [ImportWarning]) -> (rows: [IndicatorAnalysis], lines: [Int: Int]) {
        var analysis: [IndicatorAnalysis] = []
        var lines: [Int: Int] = [:]
        for row in rows {
            let cells = row.cells
            guard let number = Self.indicatorLabel.firstMatch(in: CellText.clean(cells[0]))?.group(0)
                .flatMap(PlainDecimal.parseInt)
            else { continue }
            let field = "analysis[\(analysis.count)]"
            if let criteria, criteria.indicator(number) == nil {
                warnings.append(ImportWarning(
                    line: row.number, field: field,
                    messageTH: "ไม่มีตัวชี้วัดที่ \(number) ในเกณฑ์ปี \(criteria.fiscalYear) จึงข้ามแถวนี้",
                    messageEN: "fiscal year \(criteria.fiscalYear) has no indicator \(number); row skipped"))
                continue
            }
            if analysis.contains(where: { $0.indicator == number }) {
                warnings.append(ImportWarning(
                    line: row.number, field: field, messageTH: "ตัวชี้วัดที่ \(number) ซ้ำ ข้ามแถวนี้",
                    messageEN: "indicator \(number) appears twice; the later row is skipped"))
                continue
            }
            if cells.count < 3 {
                warnings.append(ImportWarning(
                    line: row.number, field: field,
                    messageTH: "แถวตัวชี้วัดที่ \(number) มีไม่ครบ 3 ช่อง",
                    messageEN: "the row of indicator \(number) has fewer than 3 cells"))
            }
            let keep = repairer.repair(
                CellText.clean(cells[safe: 1] ?? ""), field: field + ".keepOrImprove", lines: [row], warnings: &warnings)
            let weaknessCell = cells.count > 2 ? cells[2...].joined(separator: " ") : ""
            var weaknesses = WeaknessParser(criteria: criteria, indicator: number, line: row.number, field: field)
                .parse(weaknessCell, warnings: &warnings)
            for index in weaknesses.indices {
                let path = "\(field).urgentWeaknesses[\(index)]"
                weaknesses[index].text = repairer.repair(
                    weaknesses[index].text, field: path + ".text", lines: [row], warnings: &warnings)
                weaknesses[index].details = weaknesses[index].details.map {
                    repairer.repair($0, field: path + ".details", lines: [row], warnings: &warnings)
                }
            }
            lines[number] = row.number
            analysis.append(IndicatorAnalysis(
                indicator: number, stance: stance(keepOrImprove: keep, indicator: number, weaknesses: weaknesses),
                keepOrImprove: keep, urgentWeaknesses: weaknesses))
        }
        return (analysis, lines)
    }

    /// The stance rule, in order:
    /// 1. The printed text decides when it speaks: "พัฒนา" or "ปรับปรุง" (develop, improve) anywhere →
    ///    develop; otherwise "รักษามาตรฐาน" (keep the standard) → keep.
    /// 2. An empty cell: keep when the indicator scored at least the pass mark and no urgent
    ///    weakness is listed; develop otherwise.
    /// 3. No text and no score: develop when weaknesses are listed, keep when none are.
    func stance(keepOrImprove text: String, indicator: Int, weaknesses: [Weakness]) -> IndicatorAnalysis.Stance {
        if text.contains("พัฒนา") || text.contains("ปรับปรุง") { return .develop }
        if text.contains("รักษามาตรฐาน") { return .keep }
        if let score = indicatorScores[indicator] {
            return score >= passMark && weaknesses.isEmpty ? .keep : .develop
        }
        return weaknesses.isEmpty ? .keep : .develop
    }
}

import Criteria
import Foundation
import Scoring

/// A result table as the measures document prints it: indicator scores, the instrument rows,
/// the total and the level. Shared by the results page and the import preview.
struct ResultTableView {
    let result: PublishedResult
    /// The assessed year's criteria, for indicator names; nil when Prongsai has none for the year.
    let criteria: Criteria?
    let language: Language

    func render() -> HTML {
        let t = language
        let numbers = result.indicators.keys.sorted()
        let indicatorRows = numbers.map { number -> HTML in
            let indicator = criteria?.indicator(number)
            let name = indicator.map { t($0.nameTH, $0.nameEN) } ?? ""
            let code = indicator?.instrument.rawValue ?? ""
            return """
                <tr><td>\(number)</td><td>\(name)</td><td>\(code)</td>
                <td class="number">\(Self.number(result.indicators[number]))</td></tr>
                """
        }
        let instrumentRows = result.instruments.map { row -> HTML in
            let name = criteria?.instrument(row.code).map { t($0.nameTH, $0.nameEN) } ?? ""
            return """
                <tr><th scope="row">\(row.code.rawValue)</th><td>\(name)</td><td class="number">\(Self.number(row.score))</td>
                <td class="number">\(Self.number(row.weightPercent, places: 0))</td><td class="number">\(Self.number(row.weighted))</td></tr>
                """
        }
        return """
            <table class="data results"><caption>\(t("คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ.", "Indicator scores, fiscal year")) \(result.fiscalYear)</caption>
            <thead><tr><th scope="col">\(t("ตัวชี้วัดที่", "Indicator"))</th><th scope="col">\(t("ชื่อตัวชี้วัด", "Name"))</th>
            <th scope="col">\(t("แบบวัด", "Instrument"))</th><th scope="col" class="number">\(t("คะแนน ITA", "ITA score"))</th></tr></thead>
            <tbody>\(indicatorRows)</tbody></table>
            <table class="data instruments"><caption>\(t("คะแนนรายแบบวัด", "Instruments"))</caption>
            <thead><tr><th scope="col">\(t("แบบวัด", "Instrument"))</th><th scope="col">\(t("ชื่อ", "Name"))</th>
            <th scope="col" class="number">\(t("คะแนนที่ได้ (100 คะแนน)", "Score (of 100)"))</th>
            <th scope="col" class="number">\(t("น้ำหนัก (ร้อยละ)", "Weight (%)"))</th>
            <th scope="col" class="number">\(t("คะแนนถ่วงน้ำหนัก", "Weighted"))</th></tr></thead>
            <tbody>\(instrumentRows)</tbody>
            <tfoot><tr><th scope="row" colspan="4">\(t("คะแนนรวม", "Total"))</th><td class="number" id="result-total">\(Self.number(result.total))</td></tr>
            \(levelRows())</tfoot>
            </table>
            """
    }

    /// The level row; from 2567 a rating, with the condition that keeps it from the next level.
    private func levelRows() -> HTML {
        let t = language
        guard let criteria, !criteria.presentation.ratingScale.isEmpty else {
            return "<tr><th scope=\"row\" colspan=\"4\">\(t("ระดับ", "Level"))</th><td class=\"number\" id=\"result-level\">\(result.level ?? "-")</td></tr>"
        }
        let card = try? IndicatorScorer.scoreCard(indicators: result.indicators, criteria: criteria)
        let label = card?.rating.map { t($0.level.labelTH, $0.level.labelEN) } ?? result.level ?? "-"
        let reason: HTML = card?.rating?.reason.map {
            "<tr><th scope=\"row\" colspan=\"4\">\(t("ยังไม่ถึงระดับ\($0.level.labelTH) เพราะ", "Not \($0.level.labelEN) because"))</th><td id=\"result-rating-reason\">\(t($0.conditionsTH, $0.conditionsEN))</td></tr>"
        } ?? .empty
        return "<tr><th scope=\"row\" colspan=\"4\">\(t("ผลการประเมิน", "Rating"))</th><td id=\"result-level\">\(label)</td></tr>\(reason)"
    }

    static func number(_ value: Decimal?, places: Int = 2) -> String {
        value.map { Rounding.format($0, places: places) } ?? "-"
    }
}

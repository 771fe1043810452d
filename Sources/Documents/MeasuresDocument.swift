import Criteria
import Foundation
import Planning
import Scoring

/// The measures plan laid out as the official document: every heading, sentence and table cell as
/// final text, so that the HTML and the .docx print the same words and the same figures.
public struct MeasuresDocument: Hashable, Sendable {
    /// The centred title block: title, fiscal year, agency, location.
    public var titleLines: [String]
    /// 1. ผลการประเมิน ITA
    public var result: ResultSection
    /// 2. การวิเคราะห์ผลการประเมินจำแนกตามเครื่องมือการประเมิน
    public var analysis: AnalysisSection
    /// 3. มาตรการในการส่งเสริมคุณธรรมและความโปร่งใส
    public var measures: MeasuresSection
    /// The indicator bar chart printed after the result table.
    public var chart: IndicatorChart

    /// Lays out a plan with the criteria of its assessed year; throws when the result cannot be scored.
    public init(plan: MeasuresPlan, criteria: Criteria) throws(ScoringError) {
        guard criteria.fiscalYear == plan.assessedYear else {
            throw ScoringError(
                subject: "criteria",
                messageTH: "เกณฑ์ที่ใช้เป็นของปี \(criteria.fiscalYear) แต่ผลการประเมินเป็นของปี \(plan.assessedYear)",
                messageEN: "the criteria are for \(criteria.fiscalYear) but the result is for \(plan.assessedYear)")
        }
        let card = try IndicatorScorer.scoreCard(indicators: plan.result.indicators, criteria: criteria)
        let agency = plan.agency.fullName
        titleLines = [
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
            "ประจำปีงบประมาณ พ.ศ. \(plan.planYear)",
            "ของ\(agency)",
            plan.agency.locationLine,
        ]
        result = ResultSection(plan: plan, card: card, criteria: criteria)
        analysis = AnalysisSection(plan: plan, criteria: criteria)
        measures = MeasuresSection(plan: plan)
        chart = IndicatorChart(
            title: "คะแนนรายตัวชี้วัด ITA ปีงบประมาณ พ.ศ. \(plan.assessedYear) เทียบกับเป้าหมาย "
                + "\(Rounding.format(card.passMark, places: 0)) คะแนน",
            bars: criteria.indicatorNumbers.map { number in
                IndicatorChart.Bar(
                    number: number, name: criteria.indicator(number)?.nameTH ?? "",
                    score: card.indicator(number) ?? 0)
            },
            passMark: card.passMark)
    }

    /// "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"
    static func indicatorLabel(_ number: Int, criteria: Criteria) -> String {
        guard let name = criteria.indicator(number)?.nameTH else { return "ตัวชี้วัดที่ \(number)" }
        return "ตัวชี้วัดที่ \(number) \(name)"
    }

    /// "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"
    static func instrumentLabel(_ code: InstrumentCode, criteria: Criteria) -> String {
        guard let name = criteria.instrument(code)?.nameTH else { return code.rawValue }
        return "\(name) (\(code.rawValue))"
    }
}

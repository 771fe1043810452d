import Criteria
import Foundation
import Scoring
import ThaiText

/// Drafts the analysis and the measures from a result and its recommendations.
///
/// Everything it writes is plain data the coordinator then edits; nothing here is final wording.
public struct PlanDrafter: Sendable {
    public var criteria: Criteria
    public var templates: MeasureTemplateLibrary
    /// The agency's divisions, for templates that involve every division.
    public var divisions: [String]

    public init(
        criteria: Criteria, templates: MeasureTemplateLibrary = .bundled,
        divisions: [String] = TypicalDivisions.subdistrictAdministrativeOrganisation
    ) {
        self.criteria = criteria
        self.templates = templates
        self.divisions = divisions
    }

    /// The plan for the fiscal year after the assessed one.
    public func draft(
        agency: Agency, result: PublishedResult, recommendations: [Recommendation],
        weaknesses: [Int: [Weakness]] = [:], assessorSummary: String? = nil
    ) -> MeasuresPlan {
        let planYear = FiscalYear(result.fiscalYear + 1)
        let byIndicator = Dictionary(grouping: recommendations.filter { $0.indicator != nil }) { $0.indicator! }
        let analysis = criteria.indicatorNumbers.map { number in
            analyse(
                indicator: number, score: result.indicators[number], recommendations: byIndicator[number] ?? [],
                extraWeaknesses: weaknesses[number] ?? [])
        }
        let measures = analysis.compactMap { entry in
            measure(for: entry, recommendations: byIndicator[entry.indicator] ?? [], planYear: planYear)
        }
        return MeasuresPlan(
            agency: agency, assessedYear: result.fiscalYear, planYear: planYear.buddhistEra, result: result,
            assessorSummary: assessorSummary, recommendations: recommendations, analysis: analysis,
            measures: measures)
    }

    /// At or above the pass mark reads "keep the standard"; below it reads "develop".
    func analyse(
        indicator: Int, score: Decimal?, recommendations: [Recommendation], extraWeaknesses: [Weakness]
    ) -> IndicatorAnalysis {
        let passMark = criteria.presentation.passMark
        let keep = (score ?? 0) >= passMark
        var weaknesses = recommendations.map { Weakness(text: $0.text, itemCode: $0.itemCode) }
        let covered = Set(weaknesses.compactMap(\.itemCode))
        weaknesses += extraWeaknesses.filter { $0.itemCode == nil || !covered.contains($0.itemCode!) }
        let text: String
        switch (keep, weaknesses.isEmpty) {
        case (true, true): text = "หน่วยงานควรรักษามาตรฐานการดำเนินงานอย่างสม่ำเสมอต่อไป"
        case (true, false): text = "หน่วยงานควรรักษามาตรฐานการดำเนินงาน และพัฒนาให้ดีขึ้น"
        case (false, _):
            let gap = score.map { " (คะแนน \(Rounding.format($0)) ต่ำกว่าเกณฑ์ \(Rounding.format(passMark, places: 0)))" } ?? ""
            text = "หน่วยงานควรพัฒนาและปรับปรุงการดำเนินงานให้ดีขึ้น\(gap)"
        }
        return IndicatorAnalysis(
            indicator: indicator, stance: keep ? .keep : .develop, keepOrImprove: text, urgentWeaknesses: weaknesses)
    }

    /// One measure per indicator that needs action (below the pass mark, or with urgent weaknesses):
    /// from the templates of its recommended items, or the indicator's own template when none applies.
    func measure(for entry: IndicatorAnalysis, recommendations: [Recommendation], planYear: FiscalYear) -> Measure? {
        let itemCodes = uniqued(
            recommendations.compactMap(\.itemCode) + entry.urgentWeaknesses.compactMap(\.itemCode))
        guard entry.stance == .develop || !entry.urgentWeaknesses.isEmpty else { return nil }
        let itemTemplates = uniqued(itemCodes.compactMap { templates.template(forItem: $0, criteria: criteria) })
        let indicatorTemplate = templates.template(forIndicator: entry.indicator)?.resolved(for: criteria)
        let chosen: [MeasureTemplate] = itemTemplates.isEmpty ? indicatorTemplate.map { [$0] } ?? [] : itemTemplates
        guard let first = chosen.first else { return nil }
        let heading = chosen.count == 1 ? first : indicatorTemplate ?? first
        return Measure(
            title: heading.title,
            steps: uniqued(chosen.flatMap(\.steps)),
            divisions: uniqued(chosen.flatMap(divisionNames)),
            period: period(heading.period, in: planYear),
            monitoring: templates.monitoringText(heading.monitoring),
            indicators: [entry.indicator],
            itemCodes: itemCodes)
    }

    func divisionNames(_ template: MeasureTemplate) -> [String] {
        switch template.divisions {
        case .all: divisions
        case .named(let names): names
        }
    }

    func period(_ rule: MeasureTemplate.PeriodRule, in year: FiscalYear) -> MonthPeriod {
        switch rule {
        case .fullYear: year.period
        case .beforeOIT: MonthPeriod(start: year.firstMonth, end: YearMonth(year: year.buddhistEra, month: .april))
        }
    }
}

func uniqued<T: Hashable>(_ values: [T]) -> [T] {
    var seen = Set<T>()
    return values.filter { seen.insert($0).inserted }
}

import Foundation
import Planning
import Scoring
import Testing
import ThaiText
import Workbench

/// The pure copy of year N into N+1.
@Suite struct PlanRolloverTests {
    static let agency = Identifier<AgencyRecord>(UUID())
    static let start = Date(timeIntervalSince1970: 1_690_000_000)

    static func plan(year: Int = 2566, periods: [MonthPeriod]) -> StoredPlan {
        let record = FiscalYearRecord(
            agencyID: agency, planYear: year, assessedYear: year - 1,
            result: PublishedResult(fiscalYear: year - 1, indicators: [1: 100], total: 73, level: "C"),
            assessorSummary: "สรุป", recommendations: [Recommendation(itemCode: "O42", indicator: 10, text: "วิเคราะห์ผล")],
            analysis: [IndicatorAnalysis(indicator: 10, stance: .develop, keepOrImprove: "พัฒนา")], updatedAt: start)
        let measures = periods.enumerated().map { index, period in
            MeasureRecord(
                id: Identifier(UUID()), agencyID: agency, planYear: year, position: index + 1,
                measure: Measure(title: "มาตรการ \(index + 1)", steps: ["ขั้นตอน"], divisions: ["กองคลัง"], period: period, monitoring: "ติดตาม"),
                updatedAt: start)
        }
        return StoredPlan(year: record, measures: measures)
    }

    @Test func copiesStructureWithShiftedPeriodsAndFreshIDs() {
        let full = FiscalYear(2566).period
        let early = MonthPeriod(start: YearMonth(year: 2565, month: .october), end: YearMonth(year: 2566, month: .april))
        let plan = Self.plan(periods: [full, early])
        let ids = [Identifier<MeasureRecord>(UUID()), Identifier<MeasureRecord>(UUID())]
        var handed = ids.makeIterator()
        let later = Self.start.addingTimeInterval(86_400)
        let next = PlanRollover.nextYear(from: plan, at: later) { handed.next()! }

        #expect(next.year.planYear == 2567)
        #expect(next.year.assessedYear == 2565 && next.year.result == plan.year.result)
        #expect(next.year.recommendations == plan.year.recommendations && next.year.analysis == plan.year.analysis)
        #expect(next.year.assessorSummary == "สรุป" && next.year.updatedAt == later)
        #expect(next.measures.map(\.id) == ids)
        #expect(next.measures.map(\.measure.period) == [FiscalYear(2567).period, early.shifted(years: 1)])
        #expect(next.measures[1].measure.period.thaiAbbreviated == "ต.ค. 2566 - เม.ย. 2567")
        #expect(next.measures.map(\.position) == [1, 2])
        #expect(next.measures.allSatisfy { $0.planYear == 2567 && $0.updatedAt == later })
        #expect(next.measures.map(\.measure.title) == plan.measures.map(\.measure.title))
    }

    @Test func aCarriedResultIsOneOlderThanTheYearBefore() {
        let plan = Self.plan(periods: [])
        #expect(!PlanRollover.hasCarriedResult(plan.year))
        let next = PlanRollover.nextYear(from: plan, at: Self.start) { Identifier(UUID()) }
        #expect(PlanRollover.hasCarriedResult(next.year))
        #expect(next.measures.isEmpty)
    }
}

import Foundation
import Planning
import Scoring
import ThaiText

/// The stored plan of one agency for one fiscal year: everything of the measures document except
/// the measures, which are rows of their own so that progress can point at them.
public struct FiscalYearRecord: Codable, Hashable, Sendable {
    public var agencyID: Identifier<AgencyRecord>
    /// The fiscal year of the measures (พ.ศ.), e.g. 2566.
    public var planYear: Int
    /// The fiscal year whose ITA result is analysed, e.g. 2565.
    public var assessedYear: Int
    public var result: PublishedResult
    public var assessorSummary: String?
    public var recommendations: [Recommendation]
    public var analysis: [IndicatorAnalysis]
    public var updatedAt: Date

    public init(
        agencyID: Identifier<AgencyRecord>, planYear: Int, assessedYear: Int, result: PublishedResult,
        assessorSummary: String?, recommendations: [Recommendation], analysis: [IndicatorAnalysis], updatedAt: Date
    ) {
        self.agencyID = agencyID
        self.planYear = planYear
        self.assessedYear = assessedYear
        self.result = result
        self.assessorSummary = assessorSummary
        self.recommendations = recommendations
        self.analysis = analysis
        self.updatedAt = updatedAt
    }
}

/// One stored measure, with its place in the plan.
public struct MeasureRecord: Codable, Hashable, Sendable {
    public var id: Identifier<MeasureRecord>
    public var agencyID: Identifier<AgencyRecord>
    public var planYear: Int
    /// 1-based order in the measures table.
    public var position: Int
    public var measure: Measure
    public var updatedAt: Date

    public init(
        id: Identifier<MeasureRecord>, agencyID: Identifier<AgencyRecord>, planYear: Int, position: Int,
        measure: Measure, updatedAt: Date
    ) {
        self.id = id
        self.agencyID = agencyID
        self.planYear = planYear
        self.position = position
        self.measure = measure
        self.updatedAt = updatedAt
    }
}

/// A fiscal year's plan with its measures in order.
public struct StoredPlan: Codable, Hashable, Sendable {
    public var year: FiscalYearRecord
    public var measures: [MeasureRecord]

    public init(year: FiscalYearRecord, measures: [MeasureRecord]) {
        self.year = year
        self.measures = measures.sorted { $0.position < $1.position }
    }

    /// The plan as the documents and the drafter see it.
    public func measuresPlan(agency: Agency) -> MeasuresPlan {
        MeasuresPlan(
            agency: agency, assessedYear: year.assessedYear, planYear: year.planYear, result: year.result,
            assessorSummary: year.assessorSummary, recommendations: year.recommendations, analysis: year.analysis,
            measures: measures.map(\.measure))
    }
}

extension StoredPlan {
    /// A plan as stored for the first time: new ids for its measures, numbered in order.
    public static func from(_ plan: MeasuresPlan, agency: Identifier<AgencyRecord>, at date: Date) -> StoredPlan {
        let year = FiscalYearRecord(
            agencyID: agency, planYear: plan.planYear, assessedYear: plan.assessedYear, result: plan.result,
            assessorSummary: plan.assessorSummary, recommendations: plan.recommendations, analysis: plan.analysis,
            updatedAt: date)
        let measures = plan.measures.enumerated().map { index, measure in
            MeasureRecord(
                id: Identifier(UUID()), agencyID: agency, planYear: plan.planYear, position: index + 1, measure: measure,
                updatedAt: date)
        }
        return StoredPlan(year: year, measures: measures)
    }
}

import Criteria
import Planning
import Scoring
import Workbench

/// What each measure of a plan is worth in points of the total, through the rejected items it
/// answers and the indicators it targets (the planner's figures, for the dashboard).
enum MeasureWorth {
    static func gains(plan: StoredPlan, criteria: Criteria) -> [Identifier<MeasureRecord>: GainOption] {
        let year = plan.year
        var rejected = Set(year.recommendations.compactMap(\.itemCode))
        for entry in year.analysis {
            rejected.formUnion(entry.urgentWeaknesses.compactMap(\.itemCode))
        }
        let planner = ScoreGainPlanner(criteria: criteria, printed: year.result.indicators, rejectedItems: rejected)
        guard let options = try? planner.measureOptions(plan.measures.map(\.measure)) else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(plan.measures.map(\.id), options))
    }
}

import Criteria
import Foundation
import Scoring

/// What the assessor would give if the checker's verdicts were theirs: the sub-indicators and
/// indicators 9 and 10 through `OITScorer`, and with the survey indicators of last year or this year
/// the OIT weighted part, the total and the level through `IndicatorScorer` — the core scoring, not a copy.
public struct DisclosurePrediction: Hashable, Sendable {
    public var oit: OITScore
    /// nil when no survey indicators were given.
    public var scoreCard: ScoreCard?
    /// The year the survey indicators came from, for the page to say so.
    public var surveyYear: Int?

    /// `surveyIndicators` are the IIT/EIT indicator scores (1–8 in 2565/2566) to combine with the
    /// predicted OIT indicators; empty gives the OIT part only.
    public init(check: DisclosureCheck, criteria: Criteria, surveyIndicators: [Int: Decimal] = [:], surveyYear: Int? = nil)
        throws(ScoringError) {
        oit = try OITScorer.score(accepted: check.verdicts, criteria: criteria)
        self.surveyYear = surveyYear
        let oitNumbers = Set(criteria.indicators.filter { $0.instrument == .oit }.map(\.number))
        let survey = surveyIndicators.filter { !oitNumbers.contains($0.key) }
        let surveyNumbers = Set(criteria.indicators.filter { $0.instrument != .oit }.map(\.number))
        guard !survey.isEmpty, Set(survey.keys).isSuperset(of: surveyNumbers) else {
            scoreCard = nil
            return
        }
        var indicators = survey.filter { surveyNumbers.contains($0.key) }.mapValues(ExactScore.init)
        for (number, score) in oit.indicators { indicators[number] = score }
        var card = try IndicatorScorer.scoreCard(indicators: indicators, criteria: criteria)
        card.isEstimate = oit.isEstimate
        scoreCard = card
    }

    /// Indicator 9 or 10 (or whichever OIT indicator), to 2 decimals as the tables print it.
    public func indicator(_ number: Int) -> Decimal? { oit.indicators[number]?.rounded() }
}

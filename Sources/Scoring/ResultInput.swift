import Criteria
import Foundation

/// What an agency knows of a result, from any mix of the three kinds of input.
public struct ResultInput: Hashable, Sendable {
    public var fiscalYear: Int
    /// Indicator scores given directly (e.g. from the ITAS result page).
    public var indicators: [Int: Decimal]
    /// OIT verdicts per item: true = accepted (ผ่าน).
    public var oitItems: [String: Bool]
    /// Raw survey answers per instrument.
    public var responses: [InstrumentCode: [SurveyResponse]]

    public init(
        fiscalYear: Int, indicators: [Int: Decimal] = [:], oitItems: [String: Bool] = [:],
        responses: [InstrumentCode: [SurveyResponse]] = [:]
    ) {
        self.fiscalYear = fiscalYear
        self.indicators = indicators
        self.oitItems = oitItems
        self.responses = responses
    }

    /// The ten indicator scores: computed from items or answers where those are given, and checked
    /// against a directly given score for the same indicator.
    public func resolvedIndicators(criteria: Criteria) throws(ScoringError) -> [Int: ExactScore] {
        var scores = indicators.mapValues(ExactScore.init)
        var computed: [Int: ExactScore] = [:]
        if !oitItems.isEmpty {
            computed.merge(try OITScorer.score(accepted: oitItems, criteria: criteria).indicators) { $1 }
        }
        for (instrument, list) in responses.sorted(by: { $0.key < $1.key }) where !list.isEmpty {
            computed.merge(
                try SurveyScorer.score(responses: list, instrument: instrument, criteria: criteria).indicators
            ) { $1 }
        }
        for (number, value) in computed {
            if let given = indicators[number], given != value.rounded() {
                throw ScoringError(
                    subject: "indicator \(number)",
                    messageTH: "คะแนนตัวชี้วัดที่ \(number) ที่ให้มา (\(Rounding.format(given))) ไม่ตรงกับที่คำนวณจากรายข้อ (\(Rounding.format(value.rounded())))",
                    messageEN: "indicator \(number) is given as \(Rounding.format(given)) but its items give \(Rounding.format(value.rounded()))")
            }
            scores[number] = value
        }
        return scores
    }

    public func scoreCard(criteria: Criteria) throws(ScoringError) -> ScoreCard {
        try IndicatorScorer.scoreCard(indicators: resolvedIndicators(criteria: criteria), criteria: criteria)
    }
}

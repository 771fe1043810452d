import Criteria
import Foundation

/// Scores a result from its ten indicator scores, the official way.
public enum IndicatorScorer {
    /// Indicator scores → instrument means → weighted parts → total → level and pass.
    ///
    /// The total is rounded once from the unrounded means; each weighted part is rounded on its own;
    /// the level comes from the rounded total (NOTES "Corrections" 2).
    public static func scoreCard(indicators: [Int: ExactScore], criteria: Criteria) throws(ScoringError) -> ScoreCard {
        for number in criteria.indicatorNumbers {
            guard let score = indicators[number] else {
                throw ScoringError(
                    subject: "indicator \(number)",
                    messageTH: "ไม่มีคะแนนตัวชี้วัดที่ \(number)",
                    messageEN: "the score of indicator \(number) is missing")
            }
            guard score >= .zero, score <= .hundred else {
                throw ScoringError(
                    subject: "indicator \(number)",
                    messageTH: "คะแนนตัวชี้วัดที่ \(number) (\(score.approximate)) ต้องอยู่ระหว่าง 0 ถึง 100",
                    messageEN: "indicator \(number) is \(score.approximate); scores run from 0 to 100")
            }
        }
        for number in indicators.keys where criteria.indicator(number) == nil {
            throw ScoringError(
                subject: "indicator \(number)",
                messageTH: "ปี \(criteria.fiscalYear) ไม่มีตัวชี้วัดที่ \(number)",
                messageEN: "fiscal year \(criteria.fiscalYear) has no indicator \(number)")
        }
        let instruments = criteria.instruments.map { instrument in
            let mean = ExactScore.mean(instrument.indicators.map { indicators[$0]! })
            return InstrumentScore(
                code: instrument.code, weight: instrument.weight, exactMean: mean,
                weighted: (mean * instrument.weight).rounded())
        }
        let exactTotal = instruments.dropFirst().reduce(instruments[0].exactMean * instruments[0].weight) {
            $0 + $1.exactMean * $1.weight
        }
        let total = exactTotal.rounded()
        var card = ScoreCard(
            fiscalYear: criteria.fiscalYear, indicators: indicators, instruments: instruments,
            exactTotal: exactTotal, total: total, level: criteria.level(forRoundedTotal: total)?.level,
            passMark: criteria.presentation.passMark, passed: total >= criteria.presentation.passMark)
        // From 2567 the rating looks at each instrument as printed, not only at the total.
        if let rating = RatingOutcome.rate(
            total: total, instruments: card.printedInstrumentScores, scale: criteria.presentation.ratingScale)
        {
            card.rating = rating
            card.level = rating.level.labelTH
            card.passed = rating.level.passes
        }
        return card
    }

    /// The same, from 2-decimal indicator scores as printed in a table.
    public static func scoreCard(indicators: [Int: Decimal], criteria: Criteria) throws(ScoringError) -> ScoreCard {
        try scoreCard(indicators: indicators.mapValues(ExactScore.init), criteria: criteria)
    }
}

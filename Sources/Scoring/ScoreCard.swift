import Criteria
import Foundation

/// The scored result of one instrument, with the figures a result table prints.
public struct InstrumentScore: Hashable, Sendable {
    public var code: InstrumentCode
    /// Share of the total (0.30, 0.30, 0.40).
    public var weight: Decimal
    /// The unrounded mean of the instrument's indicators.
    public var exactMean: ExactScore
    /// คะแนนถ่วงน้ำหนัก — round(weight × mean, 2), printed on its own.
    public var weighted: Decimal

    /// The plain mean, rounded to 2 decimals (the IIT of the seed: 99.79).
    public var mean: Decimal { exactMean.rounded() }

    /// คะแนนที่ได้ (100 คะแนน) as the NACC tables print it: the weighted part divided back by
    /// the weight (the seed's IIT: 29.94 ÷ 0.30 = 99.80, while the plain mean is 99.79).
    public var displayed: Decimal { Rounding.halfUp(weighted / weight) }

    /// The weight as printed in the table's น้ำหนัก (ร้อยละ) column: 30, 30, 40.
    public var weightPercent: Decimal { weight * 100 }
}

/// A whole ITA result: indicators, instruments, total, level and pass.
public struct ScoreCard: Hashable, Sendable {
    public var fiscalYear: Int
    /// Indicator scores as used in the sums, unrounded where they came from items or answers.
    public var indicators: [Int: ExactScore]
    public var instruments: [InstrumentScore]
    /// The unrounded weighted sum.
    public var exactTotal: ExactScore
    /// คะแนนรวม — rounded once, half up, to 2 decimals, from the unrounded parts.
    public var total: Decimal
    /// What the result is called: the rating label from 2567 (ผ่านดี …), the letter band before
    /// (AA … F); nil when the year defines neither.
    public var level: String?
    public var passMark: Decimal
    public var passed: Bool
    /// The rating with what holds it back, for years that publish a rating scale.
    public var rating: RatingOutcome?
    /// True where the OIT indicator scores rest on a guessed sub-indicator membership.
    public var isEstimate: Bool = false

    /// The indicator as a table prints it, to 2 decimals.
    public func indicator(_ number: Int) -> Decimal? { indicators[number]?.rounded() }

    public func instrument(_ code: InstrumentCode) -> InstrumentScore? {
        instruments.first { $0.code == code }
    }

    /// Points still needed to reach the pass mark (0 when passed).
    public var distanceToPass: Decimal { passed ? 0 : max(0, passMark - total) }

    /// Instrument scores as the tables print them, which is what the rating conditions compare.
    public var printedInstrumentScores: [(code: InstrumentCode, score: Decimal)] {
        instruments.map { ($0.code, $0.displayed) }
    }

    /// The sum of the separately rounded weighted parts; it can differ from `total` by 0.01.
    public var sumOfWeightedParts: Decimal { instruments.reduce(Decimal(0)) { $0 + $1.weighted } }
}

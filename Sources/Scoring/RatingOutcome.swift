import Criteria
import Foundation

/// The rating a result earns on a year's rating scale (2567 onward), and what holds it back from
/// each higher level.
public struct RatingOutcome: Hashable, Sendable {
    public var level: RatingLevel
    /// For every level above the earned one, highest first: the conditions the result misses.
    public var higherLevels: [RatingShortfall]

    /// Why the result is not one level higher ("EIT 84.10 < 85"), nil at the top level.
    public var reason: RatingShortfall? { higherLevels.last }

    /// Rates instrument scores and a total, each as printed (2 decimals). The first level of the
    /// scale whose conditions all hold is the rating, so the scale's order decides.
    public static func rate(
        total: Decimal, instruments: [(code: InstrumentCode, score: Decimal)], scale: [RatingLevel]
    ) -> RatingOutcome? {
        var missed: [RatingShortfall] = []
        for level in scale {
            let shortfall = RatingShortfall(level: level, total: total, instruments: instruments)
            if shortfall.isMet { return RatingOutcome(level: level, higherLevels: missed) }
            missed.append(shortfall)
        }
        return nil
    }
}

/// What a result lacks for one rating level: points of the total and of each instrument.
public struct RatingShortfall: Hashable, Sendable {
    public var level: RatingLevel
    public var total: Decimal
    /// Points the total still needs, 0 when it is reached.
    public var totalNeeded: Decimal
    /// The instruments below the level's per-instrument minimum, with the points each needs.
    public var instruments: [InstrumentShortfall]

    public init(level: RatingLevel, total: Decimal, instruments: [(code: InstrumentCode, score: Decimal)]) {
        self.level = level
        self.total = total
        totalNeeded = max(0, level.minimumTotal - total)
        self.instruments = level.minimumEachInstrument.map { minimum in
            instruments.filter { $0.score < minimum }.map {
                InstrumentShortfall(code: $0.code, score: $0.score, minimum: minimum)
            }
        } ?? []
    }

    public var isMet: Bool { totalNeeded == 0 && instruments.isEmpty }

    /// "คะแนนรวม 73.35 < 85; EIT 84.10 < 85"
    public var conditionsTH: String {
        conditions(totalWord: "คะแนนรวม")
    }

    /// "total 73.35 < 85; EIT 84.10 < 85"
    public var conditionsEN: String {
        conditions(totalWord: "total")
    }

    /// "ถึงระดับผ่านดี: EIT ต้องเพิ่มอีก 0.90 คะแนน"
    public var distanceTH: String {
        var parts: [String] = []
        if totalNeeded > 0 { parts.append("คะแนนรวมต้องเพิ่มอีก \(Rounding.format(totalNeeded)) คะแนน") }
        parts += instruments.map { "\($0.code.rawValue) ต้องเพิ่มอีก \(Rounding.format($0.needed)) คะแนน" }
        return "ถึงระดับ\(level.labelTH): " + parts.joined(separator: " และ ")
    }

    /// "to Good pass: EIT needs +0.90"
    public var distanceEN: String {
        var parts: [String] = []
        if totalNeeded > 0 { parts.append("the total needs +\(Rounding.format(totalNeeded))") }
        parts += instruments.map { "\($0.code.rawValue) needs +\(Rounding.format($0.needed))" }
        return "to \(level.labelEN): " + parts.joined(separator: ", ")
    }

    private func conditions(totalWord: String) -> String {
        var parts: [String] = []
        if totalNeeded > 0 { parts.append("\(totalWord) \(Rounding.format(total)) < \(Rounding.format(level.minimumTotal, places: 0))") }
        parts += instruments.map {
            "\($0.code.rawValue) \(Rounding.format($0.score)) < \(Rounding.format($0.minimum, places: 0))"
        }
        return parts.joined(separator: "; ")
    }
}

/// One instrument below a level's per-instrument minimum.
public struct InstrumentShortfall: Hashable, Sendable {
    public var code: InstrumentCode
    public var score: Decimal
    public var minimum: Decimal

    public var needed: Decimal { minimum - score }
}

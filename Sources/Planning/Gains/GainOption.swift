import Criteria
import Foundation
import Scoring

/// One thing the agency can do, and what it adds to the total.
public struct GainOption: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A rejected OIT item made complete, by its code in the year.
        case item(String)
        /// An indicator raised by the planner's step.
        case indicator(Int)
        /// A measure of the plan, by its number (1-based).
        case measure(Int)
    }

    public var kind: Kind
    public var labelTH: String
    public var labelEN: String
    /// Points added to the total (rounded total after less rounded total before).
    public var gain: Decimal
    /// The result after the option.
    public var after: ScoreCard
    /// The lowest and highest gain, when the item's sub-indicator is not known for the year.
    public var estimateRange: [Decimal]?

    public init(kind: Kind, labelTH: String, labelEN: String, gain: Decimal, after: ScoreCard, estimateRange: [Decimal]? = nil) {
        self.kind = kind
        self.labelTH = labelTH
        self.labelEN = labelEN
        self.gain = gain
        self.after = after
        self.estimateRange = estimateRange
    }

    /// "+5.00", or "+0.44 (ประมาณ 0.40–0.57)" where the grouping is guessed.
    public var gainTextTH: String {
        let main = "+\(Rounding.format(gain))"
        guard let range = estimateRange, let low = range.first, let high = range.last, low != high else { return main }
        return "\(main) (ค่าประมาณ \(Rounding.format(low))–\(Rounding.format(high)))"
    }

    public var gainTextEN: String {
        let main = "+\(Rounding.format(gain))"
        guard let range = estimateRange, let low = range.first, let high = range.last, low != high else { return main }
        return "\(main) (estimate \(Rounding.format(low))–\(Rounding.format(high)))"
    }

    /// Larger gains first; equal gains keep the order they came in (the year's order of items).
    static func ranked(_ options: [GainOption]) -> [GainOption] {
        options.enumerated().sorted { ($0.element.gain, -$0.offset) > ($1.element.gain, -$1.offset) }.map(\.element)
    }
}

/// A level above the result, and the fewest item fixes towards it.
public struct GainTarget: Hashable, Sendable {
    public var labelTH: String
    public var labelEN: String
    /// Whether accepting the listed items is enough.
    public var reachedByItems: Bool
    /// The items to fix, most valuable first; all known rejected items when they are not enough.
    public var itemFixes: [String]
    /// The result after those fixes.
    public var after: ScoreCard
    /// Instruments still below the level's per-instrument minimum after the fixes.
    public var instrumentsShort: [InstrumentNeed] = []
}

/// An instrument below a level's minimum, and how each of its indicators could lift it alone.
public struct InstrumentNeed: Hashable, Sendable {
    public var code: InstrumentCode
    public var score: Decimal
    public var minimum: Decimal
    public var raises: [IndicatorRaise]
}

/// One indicator raised by `points`, to `to`.
public struct IndicatorRaise: Hashable, Sendable {
    public var indicator: Int
    public var points: Decimal
    public var to: Decimal
}

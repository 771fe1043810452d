import Criteria
import Foundation
import Scoring

/// What raises the total most: each rejected OIT item accepted, each indicator raised by a step,
/// each measure of the plan carried out, ranked by the points they add; and the shortest set of item
/// fixes that reaches each higher level.
///
/// Every figure comes from the core scoring (`OITScorer` for what one item is worth in its
/// indicator, `IndicatorScorer` for the total and the rating), never from a second formula.
public struct ScoreGainPlanner: Sendable {
    public var criteria: Criteria
    /// The result as it stands, indicator by indicator.
    public var indicators: [Int: ExactScore]
    /// OIT items known to be rejected, in the year's spelling ("O42").
    public var rejectedItems: [String]
    /// How far an indicator option raises its indicator, in points.
    public var indicatorStep: Decimal

    public init(criteria: Criteria, indicators: [Int: ExactScore], rejectedItems: some Sequence<String>, indicatorStep: Decimal = 5) {
        self.criteria = criteria
        self.indicators = indicators
        let known = Set(criteria.indicators.filter { $0.instrument == .oit }.flatMap(\.allItemCodes).map { $0.uppercased() })
        var seen = Set<String>()
        self.rejectedItems = rejectedItems.map { $0.uppercased() }.filter { known.contains($0) && seen.insert($0).inserted }
            .sorted { ($0.dropFirst().count, $0) < ($1.dropFirst().count, $1) }
        self.indicatorStep = indicatorStep
    }

    public init(criteria: Criteria, printed: [Int: Decimal], rejectedItems: some Sequence<String>, indicatorStep: Decimal = 5) {
        self.init(criteria: criteria, indicators: printed.mapValues(ExactScore.init), rejectedItems: rejectedItems, indicatorStep: indicatorStep)
    }

    public func baseline() throws(ScoringError) -> ScoreCard {
        try IndicatorScorer.scoreCard(indicators: indicators, criteria: criteria)
    }

    // MARK: Options

    /// Each known rejected item accepted on its own, best first.
    public func itemOptions() throws(ScoringError) -> [GainOption] {
        let base = try baseline()
        var options: [GainOption] = []
        for code in rejectedItems {
            let raise = try itemRaise(code)
            let card = try IndicatorScorer.scoreCard(indicators: applying([raise.indicator: raise.points], to: indicators), criteria: criteria)
            let item = criteria.item(code)
            var option = GainOption(
                kind: .item(code), labelTH: "ข้อ \(code) \(item?.textTH ?? "") ผ่านการตรวจ",
                labelEN: "\(code) accepted", gain: gain(from: base, to: card), after: card)
            if let range = raise.range {
                option.estimateRange = try range.map { points throws(ScoringError) in
                    gain(from: base, to: try IndicatorScorer.scoreCard(indicators: applying([raise.indicator: points], to: indicators), criteria: criteria))
                }
            }
            options.append(option)
        }
        return GainOption.ranked(options)
    }

    /// Each indicator below 100 raised by `indicatorStep` (or to 100), best first.
    public func indicatorOptions() throws(ScoringError) -> [GainOption] {
        let base = try baseline()
        var options: [GainOption] = []
        for number in criteria.indicatorNumbers {
            guard let score = indicators[number], score < .hundred else { continue }
            let card = try IndicatorScorer.scoreCard(indicators: applying([number: ExactScore(indicatorStep)], to: indicators), criteria: criteria)
            let name = criteria.indicator(number)?.nameTH ?? ""
            options.append(GainOption(
                kind: .indicator(number),
                labelTH: "ตัวชี้วัดที่ \(number) \(name) เพิ่มขึ้น \(Rounding.format(indicatorStep)) คะแนน",
                labelEN: "indicator \(number) up by \(Rounding.format(indicatorStep))", gain: gain(from: base, to: card), after: card))
        }
        return GainOption.ranked(options)
    }

    /// Each measure carried out: the rejected items it answers accepted, and the survey indicators it
    /// targets raised by `indicatorStep`. In the plan's order.
    public func measureOptions(_ measures: [Measure]) throws(ScoringError) -> [GainOption] {
        let base = try baseline()
        var options: [GainOption] = []
        for (index, measure) in measures.enumerated() {
            var raises: [Int: ExactScore] = [:]
            let targets = measure.indicators.isEmpty ? inferredIndicators(measure) : measure.indicators
            var answered = Set(measure.itemCodes.map { $0.uppercased() })
            // A measure aimed at an OIT indicator without naming items answers its rejected items.
            if measure.itemCodes.isEmpty {
                for code in rejectedItems where criteria.item(code).map({ targets.contains($0.indicator) }) == true {
                    answered.insert(code)
                }
            }
            for code in rejectedItems where answered.contains(code) {
                let raise = try itemRaise(code)
                raises[raise.indicator] = (raises[raise.indicator] ?? .zero) + raise.points
            }
            for number in targets where criteria.indicator(number)?.instrument != .oit {
                raises[number] = (raises[number] ?? .zero) + ExactScore(indicatorStep)
            }
            let card = try IndicatorScorer.scoreCard(indicators: applying(raises, to: indicators), criteria: criteria)
            options.append(GainOption(
                kind: .measure(index + 1), labelTH: "มาตรการที่ \(index + 1) \(measure.title)",
                labelEN: "measure \(index + 1): \(measure.title)", gain: gain(from: base, to: card), after: card))
        }
        return options
    }

    /// The indicators a measure names in its title, for measures read from a document that does not
    /// say which indicators they serve ("การพัฒนาและปรับปรุงการเปิดเผยข้อมูลสาธารณะ" serves indicator 9).
    /// Where several names occur ("…การเปิดเผยข้อมูลการป้องกันการทุจริต"), the last is the subject.
    func inferredIndicators(_ measure: Measure) -> [Int] {
        let found = criteria.indicators.compactMap { indicator in
            measure.title.range(of: indicator.nameTH, options: .backwards).map { (indicator.number, $0.upperBound) }
        }
        return found.max { $0.1 < $1.1 }.map { [$0.0] } ?? []
    }

    // MARK: Targets

    /// Every level above the result's, each with the fewest item fixes that reach it, or what item
    /// fixes cannot reach (an instrument other than OIT below the level's minimum).
    public func targets() throws(ScoringError) -> [GainTarget] {
        let base = try baseline()
        let items = try itemOptions()
        var goals: [(labelTH: String, labelEN: String, reached: (ScoreCard) -> Bool, minimumEach: Decimal?)] = []
        let scale = criteria.presentation.ratingScale
        if let rating = base.rating {
            // Higher levels nearest first; a card reaches a level when its rating is that level or above.
            for shortfall in rating.higherLevels.reversed() {
                let level = shortfall.level
                let rank = scale.firstIndex(of: level) ?? 0
                goals.append((level.labelTH, level.labelEN, { card in
                    card.rating.flatMap { scale.firstIndex(of: $0.level) }.map { $0 <= rank } ?? false
                }, level.minimumEachInstrument))
            }
        } else {
            let above = criteria.levels.filter { $0.minimum > base.total }.sorted { $0.minimum < $1.minimum }
            if let next = above.first {
                goals.append(("ระดับ \(next.level)", "level \(next.level)", { $0.total >= next.minimum }, nil))
            }
            if base.total < base.passMark, above.first?.minimum != base.passMark {
                let mark = base.passMark
                goals.append(("เกณฑ์ \(Rounding.format(mark, places: 0)) คะแนน", "the pass mark of \(Rounding.format(mark, places: 0))", { $0.total >= mark }, nil))
            }
        }
        return try goals.map { goal throws(ScoringError) in
            try target(labelTH: goal.labelTH, labelEN: goal.labelEN, reached: goal.reached, minimumEach: goal.minimumEach, items: items, base: base)
        }
    }

    private func target(
        labelTH: String, labelEN: String, reached: (ScoreCard) -> Bool, minimumEach: Decimal?, items: [GainOption], base: ScoreCard
    ) throws(ScoringError) -> GainTarget {
        var current = indicators
        var fixes: [String] = []
        var card = base
        for option in items where !reached(card) {
            guard case .item(let code) = option.kind else { continue }
            let raise = try itemRaise(code)
            current = applying([raise.indicator: raise.points], to: current)
            card = try IndicatorScorer.scoreCard(indicators: current, criteria: criteria)
            fixes.append(code)
        }
        var target = GainTarget(labelTH: labelTH, labelEN: labelEN, reachedByItems: reached(card), itemFixes: fixes, after: card)
        guard !target.reachedByItems else { return target }
        // What item fixes cannot do: each instrument still below the level's minimum, and how far
        // each of its indicators would have to rise alone to lift it there.
        for instrument in criteria.instruments {
            guard let minimum = minimumEach, let score = card.instrument(instrument.code), score.displayed < minimum else { continue }
            var raises: [IndicatorRaise] = []
            for number in instrument.indicators {
                if let needed = try raiseNeeded(indicator: number, instrument: instrument.code, minimum: minimum, from: current) {
                    raises.append(IndicatorRaise(indicator: number, points: needed, to: (current[number]?.rounded() ?? 0) + needed))
                }
            }
            target.instrumentsShort.append(InstrumentNeed(code: instrument.code, score: score.displayed, minimum: minimum, raises: raises))
        }
        return target
    }

    /// The least raise, to 2 decimals, of one indicator alone that lifts its instrument (as printed)
    /// to `minimum`; nil when even 100 does not.
    private func raiseNeeded(indicator number: Int, instrument: InstrumentCode, minimum: Decimal, from scores: [Int: ExactScore])
        throws(ScoringError) -> Decimal?
    {
        guard let score = scores[number] else { return nil }
        func lifts(_ raise: Decimal) throws(ScoringError) -> Bool {
            let card = try IndicatorScorer.scoreCard(indicators: applying([number: ExactScore(raise)], to: scores), criteria: criteria)
            return (card.instrument(instrument)?.displayed ?? 0) >= minimum
        }
        let room = Rounding.halfUp(100 - score.approximate)
        guard room > 0, try lifts(room) else { return nil }
        // Bisection on hundredths: the printed instrument score rises with the indicator.
        var low = Decimal(0)
        var high = room
        let cent = Decimal(string: "0.01")!
        while high - low > cent {
            let middle = Rounding.halfUp((low + high) / 2)
            if middle == low || middle == high { break }
            if try lifts(middle) { high = middle } else { low = middle }
        }
        return high
    }

    // MARK: One item's worth

    struct ItemRaise {
        var indicator: Int
        var points: ExactScore
        /// The lowest and highest raise when the item's sub-indicator is not known.
        var range: [ExactScore]?
    }

    /// How much accepting `code` raises its indicator: the indicator with every item accepted, less
    /// the indicator with only this one rejected — the core OIT scoring, not a formula of its own.
    func itemRaise(_ code: String) throws(ScoringError) -> ItemRaise {
        guard let item = criteria.item(code) else {
            throw ScoringError(subject: code, messageTH: "ไม่มีข้อ \(code)", messageEN: "there is no item \(code)")
        }
        let raise = try raise(of: item.code, in: criteria, indicator: item.indicator)
        guard let sub = item.subIndicator, !criteria.isMembershipKnown(sub),
            let indicator = criteria.indicator(item.indicator)
        else { return ItemRaise(indicator: item.indicator, points: raise) }
        var alternatives: [ExactScore] = []
        for other in indicator.subIndicators {
            guard let moved = criteria.moving(item.code, to: other.code) else { continue }
            alternatives.append(try self.raise(of: item.code, in: moved, indicator: item.indicator))
        }
        let sorted = alternatives.sorted()
        return ItemRaise(indicator: item.indicator, points: raise, range: sorted.isEmpty ? nil : [sorted.first!, sorted.last!])
    }

    private func raise(of code: String, in criteria: Criteria, indicator: Int) throws(ScoringError) -> ExactScore {
        let all = try OITScorer.score(rejected: [], criteria: criteria).indicators[indicator] ?? .zero
        let without = try OITScorer.score(rejected: [code], criteria: criteria).indicators[indicator] ?? .zero
        return all + (without * -1)
    }

    /// Scores with raises added, none above 100.
    func applying(_ raises: [Int: ExactScore], to scores: [Int: ExactScore]) -> [Int: ExactScore] {
        var result = scores
        for (number, raise) in raises {
            guard let score = result[number] else { continue }
            let raised = score + raise
            result[number] = raised > .hundred ? .hundred : raised
        }
        return result
    }

    private func gain(from base: ScoreCard, to card: ScoreCard) -> Decimal {
        card.total - base.total
    }
}

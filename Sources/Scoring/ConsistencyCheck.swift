import Criteria
import Foundation

/// Recomputes a printed result table and explains every difference.
public enum ConsistencyCheck {
    /// Half a unit of the second decimal: how far a printed indicator can be from its true value.
    static let halfCent = Decimal(string: "0.005")!

    /// Checks a printed table against the year's rules. `rejectedItems` are the OIT items the
    /// assessor's comments name as not accepted; with them, indicators 9 and 10 are reconciled too.
    public static func check(
        _ published: PublishedResult, criteria: Criteria, rejectedItems: Set<String> = []
    ) -> (card: ScoreCard?, findings: [Finding]) {
        let card: ScoreCard
        do {
            card = try IndicatorScorer.scoreCard(indicators: published.indicators, criteria: criteria)
        } catch {
            return (nil, [Finding(
                kind: .error, subject: error.subject, published: nil, recomputed: nil,
                explanationTH: "คำนวณตารางไม่ได้: \(error.messageTH)",
                explanationEN: "the table cannot be recomputed: \(error.messageEN)")])
        }
        let bounds = RoundingBounds(published: published, criteria: criteria)
        var findings: [Finding] = []
        for instrument in card.instruments {
            if let printed = published.instrument(instrument.code) {
                findings += InstrumentCheck(
                    printed: printed, computed: instrument, bounds: bounds.instrument(instrument.code)
                ).findings()
            }
        }
        findings += TotalCheck(published: published, card: card, bounds: bounds.total, criteria: criteria).findings()
        if !rejectedItems.isEmpty {
            findings += OITReconciliation(published: published, rejected: rejectedItems, criteria: criteria).findings()
        }
        return (card, findings)
    }
}

/// The lowest and highest results the printed indicators allow, each indicator being the
/// rounding of some value within ±0.005 of it (kept within 0–100).
struct RoundingBounds {
    let low: ScoreCard?
    let high: ScoreCard?

    init(published: PublishedResult, criteria: Criteria) {
        func shifted(_ delta: Decimal) -> ScoreCard? {
            let values = published.indicators.mapValues { min(max($0 + delta, 0), 100) }
            return try? IndicatorScorer.scoreCard(indicators: values, criteria: criteria)
        }
        low = shifted(-ConsistencyCheck.halfCent)
        high = shifted(ConsistencyCheck.halfCent)
    }

    func instrument(_ code: InstrumentCode) -> (mean: ClosedRange<Decimal>, weighted: ClosedRange<Decimal>)? {
        guard let low = low?.instrument(code), let high = high?.instrument(code) else { return nil }
        return (low.mean...high.mean, low.weighted...high.weighted)
    }

    var total: ClosedRange<Decimal>? {
        guard let low, let high else { return nil }
        return low.total...high.total
    }
}

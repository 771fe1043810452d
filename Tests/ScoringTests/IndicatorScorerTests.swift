import Criteria
import Foundation
import Scoring
import Testing

@Suite struct IndicatorScorerTests {
    @Test func seedGivesTheOfficialTotalAndParts() throws {
        let card = try IndicatorScorer.scoreCard(indicators: Seed.indicators, criteria: Seed.criteria)
        #expect(card.total == Seed.d("73.35"))
        #expect(card.level == "C")
        #expect(!card.passed)
        #expect(card.instruments.map(\.weighted) == [Seed.d("29.94"), Seed.d("23.57"), Seed.d("19.84")])
        #expect(card.instruments.map(\.mean) == [Seed.d("99.79"), Seed.d("78.57"), Seed.d("49.61")])
        #expect(card.instruments.map(\.displayed) == [Seed.d("99.80"), Seed.d("78.57"), Seed.d("49.60")])
        #expect(card.distanceToPass == Seed.d("11.65"))
    }

    /// Totals land exactly on each band edge; the level must come from the rounded total.
    @Test(arguments: [
        ("94.99", "A"), ("95.00", "AA"), ("84.99", "B"), ("85.00", "A"), ("54.99", "E"), ("55.00", "D"),
        ("64.99", "D"), ("65.00", "C"), ("49.99", "F"), ("50.00", "E"), ("100.00", "AA"), ("0.00", "F"),
    ])
    func levelBandEdges(total: String, level: String) throws {
        // Every indicator equal to the total makes every mean, and the total, equal to it.
        let value = Seed.d(total)
        let indicators = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, value) })
        let card = try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
        #expect(card.total == value)
        #expect(card.level == level)
        #expect(card.passed == (value >= 85))
    }

    /// 84.995 is exactly half-way and must round up to 85.00, level A, passed.
    @Test func halfWayTotalRoundsUp() throws {
        // IIT, EIT and OIT means of 84.995 give a total of exactly 84.995.
        var indicators = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, Seed.d("84.995")) })
        var card = try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
        #expect(card.exactTotal.approximate == Seed.d("84.995"))
        #expect(card.total == 85)
        #expect(card.level == "A")
        #expect(card.passed)
        // A mean over 3 that is not a finite decimal: 84.99 + 84.99 + 85.00 → EIT 84.99333…
        indicators = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, Seed.d("84.99")) })
        indicators[8] = 85
        card = try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
        // 0.3·84.99 + 0.3·(254.98/3) + 0.4·84.99 = 84.991 exactly → 84.99
        #expect(card.total == Seed.d("84.99"))
        #expect(card.level == "B")
    }

    @Test func rejectsAMissingIndicator() {
        var indicators = Seed.indicators
        indicators[7] = nil
        #expect {
            try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
        } throws: { error in
            (error as? ScoringError)?.subject == "indicator 7"
        }
    }

    @Test func rejectsAScoreAbove100() {
        var indicators = Seed.indicators
        indicators[3] = Seed.d("100.01")
        #expect {
            try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
        } throws: { error in
            guard let error = error as? ScoringError else { return false }
            return error.subject == "indicator 3" && error.messageTH.contains("0 ถึง 100")
        }
    }
}

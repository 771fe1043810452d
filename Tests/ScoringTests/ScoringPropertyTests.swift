import Criteria
import Foundation
import Scoring
import TestSupport
import Testing

/// Properties over many random tables (a fixed seed keeps failures reproducible).
@Suite struct ScoringPropertyTests {
    static func randomScore(_ rng: inout SeededGenerator) -> Decimal {
        Decimal(Int.random(in: 0...10_000, using: &rng)) / 100
    }

    @Test func scoresStayWithin0And100() throws {
        var rng = SeededGenerator(seed: 2565)
        for _ in 0..<2_000 {
            let indicators = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, Self.randomScore(&rng)) })
            let card = try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
            #expect(card.total >= 0 && card.total <= 100)
            for instrument in card.instruments {
                #expect(instrument.mean >= 0 && instrument.mean <= 100)
                #expect(instrument.displayed >= 0 && instrument.displayed <= 100)
                #expect(instrument.weighted >= 0 && instrument.weighted <= instrument.weightPercent)
            }
            // The separately rounded parts never stray more than 0.01 from the total.
            #expect(abs(card.sumOfWeightedParts - card.total) <= Decimal(string: "0.01")!)
        }
    }

    @Test func raisingAnyIndicatorNeverLowersTheTotal() throws {
        var rng = SeededGenerator(seed: 73_35)
        for _ in 0..<1_000 {
            var indicators = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, Self.randomScore(&rng)) })
            let before = try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
            let number = Int.random(in: 1...10, using: &rng)
            let raise = Decimal(Int.random(in: 1...500, using: &rng)) / 100
            indicators[number] = min(indicators[number]! + raise, 100)
            let after = try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
            #expect(after.total >= before.total)
            #expect(after.exactTotal >= before.exactTotal)
        }
    }

    @Test func acceptingAnyOITItemNeverLowersTheScore() throws {
        var rng = SeededGenerator(seed: 43)
        let codes = Seed.criteria.indicators.filter { $0.instrument == .oit }.flatMap(\.allItemCodes)
        for _ in 0..<300 {
            var rejected = Set(codes.filter { _ in Bool.random(using: &rng) })
            guard let accepted = rejected.randomElement(using: &rng) else { continue }
            let before = try OITScorer.score(rejected: rejected, criteria: Seed.criteria)
            rejected.remove(accepted)
            let after = try OITScorer.score(rejected: rejected, criteria: Seed.criteria)
            for number in [9, 10] {
                #expect(after.indicators[number]! >= before.indicators[number]!)
                #expect(after.indicators[number]! <= .hundred && before.indicators[number]! >= .zero)
            }
        }
    }
}

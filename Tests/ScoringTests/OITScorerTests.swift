import Criteria
import Foundation
import Scoring
import Testing

@Suite struct OITScorerTests {
    /// Section 2 of the seed names eight rejected indicator-9 items; with sub-indicators of
    /// 9/8/7/4/5 items that is mean(8/9, 6/8, 4/7, 2/4, 5/5) = 74.2063… → 74.21.
    @Test func indicator9FromTheEightRejectedItems() throws {
        let score = try OITScorer.score(rejected: Seed.rejectedIndicator9, criteria: Seed.criteria)
        let shares = score.subIndicators.filter { $0.indicator == 9 }.map { "\($0.accepted)/\($0.itemCount)" }
        #expect(shares == ["8/9", "6/8", "4/7", "2/4", "5/5"])
        #expect(score.indicators[9]!.rounded() == Seed.d("74.21"))
        #expect(score.indicators[9]!.rounded(places: 4) == Seed.d("74.2063"))
        #expect(score.indicators[10]!.rounded() == 100)
    }

    /// The five items the comments name for indicator 10 give mean(5/8, 0/2) = 31.25, not the
    /// printed 25.00; 25.00 needs 10.1 at 4/8, so one more 10.1 item was rejected without comment.
    @Test func indicator10NeedsOneUncommentedRejection() throws {
        let named = try OITScorer.score(rejected: Seed.rejectedIndicator10Named, criteria: Seed.criteria)
        #expect(named.indicators[10]!.rounded() == Seed.d("31.25"))
        let sub101 = try #require(named.subIndicators.first { $0.code == "10.1" })
        #expect(sub101.accepted == 5 && sub101.itemCount == 8)

        // Any one further 10.1 item gives the printed 25.00.
        for extra in ["O34", "O35", "O39", "O40", "O41"] {
            let score = try OITScorer.score(rejected: Seed.rejectedIndicator10Named.union([extra]), criteria: Seed.criteria)
            #expect(score.indicators[10]!.rounded() == 25)
        }
    }

    @Test func oitScoresFeedTheTotalUnrounded() throws {
        let rejected = Seed.rejectedIndicator9.union(Seed.rejectedIndicator10Named).union(["O34"])
        let oit = try OITScorer.score(rejected: rejected, criteria: Seed.criteria)
        var indicators = Seed.indicators.mapValues(ExactScore.init)
        indicators[9] = oit.indicators[9]
        indicators[10] = oit.indicators[10]
        let card = try IndicatorScorer.scoreCard(indicators: indicators, criteria: Seed.criteria)
        // mean(74.2063…, 25) = 49.6031…; × 0.4 = 19.84; total 73.35 as printed.
        #expect(card.instrument(.oit)!.weighted == Seed.d("19.84"))
        #expect(card.instrument(.oit)!.mean == Seed.d("49.60"))
        #expect(card.total == Seed.d("73.35"))
    }

    @Test func rejectsAnItemOfAnotherInstrument() {
        #expect {
            try OITScorer.score(rejected: ["I17"], criteria: Seed.criteria)
        } throws: { error in
            (error as? ScoringError)?.subject == "I17"
        }
    }

    @Test func requiresAVerdictForEveryItem() {
        #expect {
            try OITScorer.score(accepted: ["O1": true], criteria: Seed.criteria)
        } throws: { error in
            (error as? ScoringError)?.subject == "O2"
        }
    }
}

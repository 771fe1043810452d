import Criteria
import Foundation
import Scoring
import Testing

/// From 2567 the result is a rating that looks at every instrument, not only at the total.
@Suite struct RatingScaleTests {
    let criteria2568: Criteria

    init() throws {
        criteria2568 = try CriteriaCatalog.bundled().criteria(for: 2568)
    }

    /// Indicators 1–5 at `iit`, 6–8 at `eit`, 9–10 at `oit`: each instrument is then that score.
    func card(iit: Decimal, eit: Decimal, oit: Decimal, criteria: Criteria) throws -> ScoreCard {
        var indicators: [Int: Decimal] = [:]
        for number in 1...5 { indicators[number] = iit }
        for number in 6...8 { indicators[number] = eit }
        for number in 9...10 { indicators[number] = oit }
        return try IndicatorScorer.scoreCard(indicators: indicators, criteria: criteria)
    }

    func uniform(_ score: String) throws -> ScoreCard {
        let value = Decimal(string: score)!
        return try card(iit: value, eit: value, oit: value, criteria: criteria2568)
    }

    @Test func aTotalOf94_64WithEITBelow85IsPassNotGoodPass() throws {
        // The สตง. case of 2568: 0.3 × 99.70 + 0.3 × 84.10 + 0.4 × 98.75 = 94.64.
        let card = try card(iit: Decimal(string: "99.70")!, eit: Decimal(string: "84.10")!, oit: Decimal(string: "98.75")!, criteria: criteria2568)
        #expect(card.total == Decimal(string: "94.64")!)
        let rating = try #require(card.rating)
        #expect(rating.level.labelTH == "ผ่าน")
        #expect(card.level == "ผ่าน")
        #expect(card.passed)
        let reason = try #require(rating.reason)
        #expect(reason.level.labelTH == "ผ่านดี")
        #expect(reason.conditionsEN == "EIT 84.10 < 85")
        #expect(reason.instruments.map(\.code) == [.eit])
        #expect(reason.instruments.first?.needed == Decimal(string: "0.90")!)
        #expect(reason.distanceEN.contains("EIT needs +0.90"))
    }

    @Test func theSameResultWithEveryInstrumentAt85IsGoodPass() throws {
        let card = try card(iit: Decimal(string: "99.70")!, eit: 85, oit: Decimal(string: "98.75")!, criteria: criteria2568)
        #expect(card.total == Decimal(string: "94.91")!)
        #expect(card.rating?.level.labelTH == "ผ่านดี")
        #expect(card.rating?.reason?.level.labelTH == "ผ่านดีเยี่ยม")
    }

    @Test(arguments: [
        ("84.99", "ต้องปรับปรุง"), ("85.00", "ผ่านดี"), ("94.99", "ผ่านดี"), ("95.00", "ผ่านดีเยี่ยม"),
        ("69.99", "ต้องปรับปรุงโดยด่วน"), ("70.00", "ต้องปรับปรุง"), ("100", "ผ่านดีเยี่ยม"), ("0", "ต้องปรับปรุงโดยด่วน"),
    ])
    func bandEdges(score: String, expected: String) throws {
        let card = try uniform(score)
        #expect(card.total == Decimal(string: score)!)
        #expect(card.rating?.level.labelTH == expected)
        #expect(card.passed == (Decimal(string: score)! >= 85))
    }

    @Test func excellentNeedsEveryInstrumentAt95() throws {
        // A total above 95 with one instrument at 90 is held at ผ่านดี by that instrument.
        let card = try card(iit: 100, eit: 90, oit: 100, criteria: criteria2568)
        #expect(card.total == 97)
        #expect(card.rating?.level.labelTH == "ผ่านดี")
        #expect(card.rating?.reason?.conditionsEN == "EIT 90.00 < 95")
    }

    @Test func lettersStayForTheYearsThatPublishedThem() throws {
        let criteria = try CriteriaCatalog.bundled().criteria(for: 2565)
        let card = try card(iit: Decimal(string: "73.35")!, eit: Decimal(string: "73.35")!, oit: Decimal(string: "73.35")!, criteria: criteria)
        #expect(card.rating == nil)
        #expect(card.level == "C")
    }

    @Test func theScaleOrderDecidesAndTheLowestLevelTakesEverything() {
        let open = Provenance(status: .open)
        let scale = [
            RatingLevel(key: "top", labelTH: "ก", labelEN: "A", minimumTotal: 90, minimumEachInstrument: 80, passes: true, provenance: open),
            RatingLevel(key: "rest", labelTH: "ข", labelEN: "B", minimumTotal: 0, passes: false, provenance: open),
        ]
        let high = RatingOutcome.rate(total: 95, instruments: [(.iit, 100), (.eit, 79), (.oit, 100)], scale: scale)
        #expect(high?.level.key == "rest")
        #expect(high?.reason?.conditionsTH == "EIT 79.00 < 80")
        let top = RatingOutcome.rate(total: 90, instruments: [(.iit, 80), (.eit, 80), (.oit, 100)], scale: scale)
        #expect(top?.level.key == "top")
        #expect(top?.reason == nil)
    }

    @Test func guessedGroupingMakesOITScoresEstimates() throws {
        let catalog = try CriteriaCatalog.bundled()
        let known = try catalog.criteria(for: 2566)
        let guessed = try catalog.criteria(for: 2569)
        #expect(!known.oitScoresAreEstimates)
        #expect(guessed.oitScoresAreEstimates)
        let score = try OITScorer.score(rejected: ["O1"], criteria: guessed)
        #expect(score.isEstimate)
    }
}

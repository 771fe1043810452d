import Criteria
import Foundation
import Testing

/// The current years: 2567 keeps the 43 items of 2566, 2568 and 2569 each have 26 different ones,
/// 2570 is assumed from 2569; every year from 2567 rates with the per-instrument scale.
@Suite struct CriteriaYearsTests {
    let catalog: CriteriaCatalog

    init() throws {
        catalog = try CriteriaCatalog.bundled()
    }

    func oitItems(_ criteria: Criteria) -> [Item] {
        criteria.indicators.filter { $0.instrument == .oit }.flatMap(\.allItemCodes).compactMap { criteria.item($0) }
    }

    @Test(arguments: [(2567, 43), (2568, 26), (2569, 26), (2570, 26)])
    func everyItemIsListedInOrderUnderASubIndicator(year: Int, count: Int) throws {
        let criteria = try catalog.criteria(for: year)
        let items = oitItems(criteria)
        #expect(items.map(\.code) == (1...count).map { "O\($0)" })
        for item in items {
            #expect(item.subIndicator != nil, "\(item.code) of \(year)")
            #expect(item.timing != nil)
            #expect(!item.topics.isEmpty, "\(item.code) of \(year) names no topic")
        }
    }

    @Test func the2567ListIsThe2566ListWithTheSameTopics() throws {
        let old = try catalog.criteria(for: 2566)
        let new = try catalog.criteria(for: 2567)
        #expect(oitItems(new).map(\.textTH) == oitItems(old).map(\.textTH))
        #expect(oitItems(new).map(\.topics) == oitItems(old).map(\.topics))
        #expect(!new.oitScoresAreEstimates)
    }

    @Test func the2569ListPutsTheAnalysisAndTheMeasuresLast() throws {
        let criteria = try catalog.criteria(for: 2569)
        #expect(criteria.item(about: .integrityMeasures)?.code == "O25")
        #expect(criteria.item(about: .integrityMeasuresProgress)?.code == "O26")
        #expect(criteria.item(about: .riskAssessment)?.code == "O21")
        #expect(criteria.oitScoresAreEstimates)
        #expect(criteria.caveats.contains { $0.th.contains("ตัวชี้วัดย่อย") })
    }

    @Test func topicsFindEachYearsOwnNumber() throws {
        let codes = try [2565, 2566, 2567].map { try catalog.criteria(for: $0).item(about: .riskAssessment)?.code }
        #expect(codes == ["O36", "O34", "O34"])
        for year in catalog.availableYears {
            let criteria = try catalog.criteria(for: year)
            for item in criteria.items {
                for topic in item.topics {
                    #expect(ItemTopic.vocabulary.contains { $0.key == topic }, "\(year) \(item.code): \(topic) is not in topics.json")
                }
            }
        }
    }

    @Test(arguments: [2567, 2568, 2569, 2570])
    func fromThisYearTheResultIsARating(year: Int) throws {
        let criteria = try catalog.criteria(for: year)
        #expect(criteria.presentation.mode == .ratingLevels)
        let ratings = criteria.presentation.ratingScale
        #expect(ratings.map(\.labelTH) == ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"])
        #expect(ratings.map(\.minimumTotal) == [95, 85, 85, 70, 0])
        #expect(ratings[1].minimumEachInstrument == 85)
        #expect(ratings[2].minimumEachInstrument == nil)
        #expect(criteria.levelNames.first == "ผ่านดีเยี่ยม")
    }

    @Test func the2570FileIsAssumedAndSaysSo() throws {
        let criteria = try catalog.criteria(for: 2570)
        #expect(criteria.assumedFrom == 2569)
        #expect(criteria.caveats.first?.th.contains("ยังไม่ประกาศเกณฑ์ปี 2570") == true)
        #expect(criteria.items.allSatisfy { $0.provenance.status != .verified })
    }

    @Test func unknownItemsSayThatTheyAreNotVerified() throws {
        let criteria = try catalog.criteria(for: 2568)
        let o7 = try #require(criteria.item("O7"))
        let caveat = try #require(criteria.caveat(for: o7))
        #expect(caveat.th.contains("รายการข้อ O7 ปี 2568"))
        #expect(caveat.th.contains("ยังไม่ได้ยืนยันกับคู่มือของสำนักงาน ป.ป.ช."))
        #expect(criteria.subIndicatorLabel(for: o7).th.hasPrefix("ไม่ทราบ"))
    }

    @Test func calendarsAreInTimeOrder() throws {
        let criteria = try catalog.criteria(for: 2565)
        #expect(!criteria.calendar.isEmpty)
        let starts = criteria.calendar.compactMap(\.startDate)
        #expect(starts == starts.sorted())
        #expect(starts.first?.year == 2565)
    }

    @Test func aNewYearFromAnEarlierOneLoadsAndIsMarkedAssumed() throws {
        let source = try catalog.criteria(for: 2569)
        let derived = CriteriaDerivation.newYear(2571, from: source)
        let reloaded = try CriteriaLoader.load(try CriteriaDerivation.json(derived), file: "criteria-2571.json")
        #expect(reloaded.fiscalYear == 2571)
        #expect(reloaded.assumedFrom == 2569)
        #expect(reloaded.titleTH.contains("2571"))
        #expect(reloaded.items.count == source.items.count)
        #expect(reloaded.calendar.first.map { $0.start.hasPrefix("2028") } ?? true)
        #expect(reloaded.items.allSatisfy { $0.provenance.status != .verified })
    }
}

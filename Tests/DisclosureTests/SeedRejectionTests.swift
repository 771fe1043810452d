import Criteria
import Disclosure
import Foundation
import Scoring
import Testing
import ThaiText

/// The seed's eight rejected indicator-9 items of ITA 2565, entered as records that miss exactly what
/// the assessor named (section 2 of the published document, line 100): the checker must flag each with
/// the assessor's reason and predict the published indicator 9.
@Suite struct SeedRejectionTests {
    /// Item → the components the assessor named, and words of the reason that the flag must carry.
    static let rejections: [(item: String, components: Set<String>, words: [String])] = [
        ("O2", ["O2.6"], ["ช่องทางการติดต่อ"]),
        ("O11", ["O11.1", "O11.3"], ["ความก้าวหน้าการดำเนินการแต่ละโครงการ", "6 เดือน"]),
        ("O12", ["O12.4"], ["ข้อเสนอแนะ"]),
        ("O20", ["O20.3"], ["ข้อเสนอแนะ"]),
        ("O23", ["O23.2"], ["มี.ค. 2565", "มีนาคม 2565"]),
        ("O24", ["O24.2", "O24.3"], ["ปัญหา อุปสรรค", "ข้อเสนอแนะ"]),
        ("O27", ["O27.1", "O27.2", "O27.3"], ["การสรรหาและคัดเลือกบุคลากร", "การบรรจุและแต่งตั้งบุคลากร", "การพัฒนาบุคลากร"]),
        ("O28", ["O28.2", "O28.3"], ["ปัญหา อุปสรรค", "ข้อเสนอแนะ"]),
    ]

    /// The assessor's indicator-9 comments as published (the seed document's section 2).
    static let assessorLine: String = {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/thapkhlo-measures-2566.txt").standardized
        let text = (try? String(contentsOf: fixture, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").first { $0.hasPrefix("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\t") && $0.contains("พบว่า") }.map(String.init) ?? ""
    }()

    static func seedYear() throws -> DisclosureYear {
        var year = try DisclosureYear(2565)
        year.untick("O2", "O2.6")
        // A quarterly report instead of the 6-month one, without per-project progress.
        year.untick("O11", "O11.1", "O11.3")
        year.records["O11"]?.period = MonthPeriod(
            start: YearMonth(year: 2564, month: .october), end: YearMonth(year: 2564, month: .december))
        year.untick("O12", "O12.4")
        year.untick("O20", "O20.3")
        year.records["O23"]?.months.removeAll { $0 == YearMonth(year: 2565, month: .march) }
        year.untick("O24", "O24.2", "O24.3")
        year.untick("O27", "O27.1", "O27.2", "O27.3")
        year.untick("O28", "O28.2", "O28.3")
        return year
    }

    /// The assessor reviewed after March 2565.
    static let review = YearMonth(year: 2565, month: .april)

    @Test func theAssessorsLineIsThere() {
        #expect(Self.assessorLine.contains("มีนาคม 2565"))
    }

    @Test(arguments: rejections.map(\.item))
    func eachRejectedItemIsFlaggedForTheAssessorsReason(item: String) throws {
        let year = try Self.seedYear()
        let check = year.checker(asOf: Self.review).check(year.all)
        let expected = try #require(Self.rejections.first { $0.item == item })
        let flags = try #require(check.item(item)).flags
        #expect(Set(flags.compactMap(\.componentID)) == expected.components)
        let text = flags.map(\.messageTH).joined(separator: " ")
        for word in expected.words {
            #expect(text.contains(word), "\(item): the flags do not mention \(word): \(text)")
            #expect(Self.assessorLine.contains(word) || word == "มี.ค. 2565" || word == "6 เดือน",
                    "\(word) is not the assessor's word")
        }
        #expect(flags.allSatisfy { $0.messageTH.contains("ข้อ \(item)") && $0.messageEN.contains(item) })
    }

    @Test func onlyTheEightItemsAreFlaggedAndIndicator9Is7421() throws {
        let year = try Self.seedYear()
        let check = year.checker(asOf: Self.review).check(year.all)
        let flagged = Set(check.items.filter { !$0.passes }.map(\.item.code))
        #expect(flagged == Set(Self.rejections.map(\.item)))
        let prediction = try DisclosurePrediction(check: check, criteria: year.criteria)
        #expect(prediction.indicator(9) == Decimal(string: "74.21"))
        #expect(prediction.indicator(10) == 100)
        let shares = prediction.oit.subIndicators.filter { $0.indicator == 9 }.map { "\($0.accepted)/\($0.itemCount)" }
        #expect(shares == ["8/9", "6/8", "4/7", "2/4", "5/5"])
    }

    /// With the seed's survey indicators, the prediction carries on to the OIT part, total and level.
    @Test func thePredictionGoesOnToTheTotal() throws {
        let year = try Self.seedYear()
        var check = year.checker(asOf: Self.review).check(year.all)
        // The five indicator-10 items the comments name, and one more 10.1 item, as published.
        for code in ["O36", "O37", "O38", "O42", "O43", "O34"] {
            check.items = check.items.map { item in
                var item = item
                if item.item.code == code {
                    item.flags.append(DisclosureFlag(kind: .missingComponent, itemCode: code, messageTH: "", messageEN: ""))
                }
                return item
            }
        }
        let survey: [Int: Decimal] = [
            1: 100, 2: Decimal(string: "99.50")!, 3: 100, 4: Decimal(string: "99.45")!, 5: 100,
            6: Decimal(string: "88.21")!, 7: Decimal(string: "66.15")!, 8: Decimal(string: "81.35")!,
        ]
        let prediction = try DisclosurePrediction(check: check, criteria: year.criteria, surveyIndicators: survey, surveyYear: 2565)
        let card = try #require(prediction.scoreCard)
        #expect(card.instrument(.oit)?.weighted == Decimal(string: "19.84"))
        #expect(card.total == Decimal(string: "73.35"))
        #expect(card.level == "C")
    }
}

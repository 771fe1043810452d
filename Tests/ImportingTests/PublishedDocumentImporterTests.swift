import Criteria
import Foundation
import Planning
import Scoring
import Testing
import ThaiText
@testable import Importing

/// The real FY2566 measures document of อบต.ทับคล้อ, imported end to end.
@Suite struct PublishedDocumentImporterTests {
    let imported: ImportResult<MeasuresPlan>
    var plan: MeasuresPlan { imported.value }

    init() throws {
        imported = try Fixtures.importedDocument.get()
    }

    static func d(_ text: String) -> Decimal { Decimal(string: text)! }

    @Test func agencyAndYears() {
        #expect(plan.agency == Agency(kind: "องค์การบริหารส่วนตำบล", name: "ทับคล้อ", district: "ทับคล้อ", province: "พิจิตร"))
        #expect(plan.planYear == 2566)
        #expect(plan.assessedYear == 2565)
        #expect(plan.result.fiscalYear == 2565)
    }

    @Test(arguments: [
        (1, "100.00"), (2, "99.50"), (3, "100.00"), (4, "99.45"), (5, "100.00"),
        (6, "88.21"), (7, "66.15"), (8, "81.35"), (9, "74.21"), (10, "25.00"),
    ])
    func indicatorScore(number: Int, printed: String) {
        #expect(plan.result.indicators[number] == Self.d(printed))
    }

    @Test func instrumentRowsTotalAndLevel() {
        #expect(plan.result.indicators.count == 10)
        #expect(plan.result.instruments == [
            PublishedInstrument(code: .iit, score: Self.d("99.80"), weightPercent: 30, weighted: Self.d("29.94")),
            PublishedInstrument(code: .eit, score: Self.d("78.57"), weightPercent: 30, weighted: Self.d("23.57")),
            PublishedInstrument(code: .oit, score: Self.d("49.60"), weightPercent: 40, weighted: Self.d("19.84")),
        ])
        #expect(plan.result.total == Self.d("73.35"))
        #expect(plan.result.level == "C")
    }

    @Test func assessorSummaryIsTheGeneralParagraph() throws {
        let summary = try #require(plan.assessorSummary)
        #expect(summary.hasPrefix("หน่วยงานมีผลการประเมินคุณธรรมและความโปร่งใส"))
        #expect(summary.hasSuffix("โดยมีคะแนนอยู่ที่ 73.35 คะแนน"))
    }

    @Test func recommendationCodesAndIndicators() {
        // Eight recommendations, one per item: the printed "ข้อ E6 และ E7" becomes two with the same text.
        #expect(plan.recommendations.map(\.itemCode) == ["I7", "I23", "E6", "E7", "E10", "O38", "O42", "O43"])
        #expect(plan.recommendations.map(\.indicator) == [2, 4, 7, 7, 7, 10, 10, 10])
        #expect(plan.recommendations[2].text == plan.recommendations[3].text)
        #expect(plan.recommendations.map(\.printedCode) == ["17", nil, nil, nil, nil, nil, nil, nil])
    }

    @Test func damagedCodeIsResolvedByTheAnalysisTable() throws {
        let warning = try #require(imported.warnings.first { $0.field == "recommendations[0].itemCode" })
        #expect(warning.line == 35)
        for text in [warning.messageTH, warning.messageEN] {
            #expect(text.contains("I7") && text.contains("I17") && text.contains("ข้อ 17"))
            #expect(text.contains("87"), "names the analysis row that decided")
        }
        #expect(warning.messageEN.contains("Chose I7"))
    }

    @Test func recommendationTextsAreCutAndRepaired() {
        let texts = plan.recommendations.map(\.text)
        #expect(texts[1].contains("ขอยืมทรัพย์สิน") && !texts[1].contains("ขี้อิมพ์") && !texts[1].contains("ขอขอ"))
        #expect(texts[1].hasSuffix("โดยใช้ช่องทางประชาสัมพันธ์อย่างทั่วถึง"))
        #expect(texts[2] == "หน่วยงานจะต้องมีการเผยแพร่และประชาสัมพันธ์ข้อมูลข่าวสาร ผ่านช่องทางที่หลากหลายและอำนวยความสะดวกในการเข้าใช้งาน")
        #expect(texts[4].hasSuffix("จุดประชาสัมพันธ์ของหน่วยงาน เป็นต้น"))
        #expect(texts[0].hasSuffix("ผ่านช่องทางการสื่อสารต่าง ๆ"))
        #expect(texts[7].contains("ในข้อ O42") && !texts[7].contains("๐"))
        for text in texts {
            #expect(!text.contains("แบบวัด EIT") && !text.contains("แบบวัด OIT") && !text.hasPrefix("ข้อ"))
        }
    }

    @Test func slipRepairsAreWarnedOnTheirLines() throws {
        let borrow = try #require(imported.warnings.first { $0.messageEN.contains("ขอยืม") })
        #expect(borrow.line == 37 && borrow.field == "recommendations[1].text")
        #expect(borrow.messageEN.contains("line 89"), "the analysis table spells it correctly")
        let zeros = imported.warnings.filter { $0.messageTH.contains("๐42") }
        #expect(zeros.map(\.line) == [77, 78])
        #expect(imported.warnings.contains { $0.line == 115 && $0.messageTH.contains("กรรเรียน") })
        #expect(imported.warnings.filter { $0.messageTH.contains("ดำเนินกานำ") }.map(\.line) == [119, 120])
    }

    @Test func noOutputStringIsDirty() {
        let strings = PlanStrings.all(in: plan)
        #expect(strings.count > 100)
        for (path, text) in strings {
            #expect(!text.contains("<") && !text.contains(">"), "\(path): \(text)")
            #expect(!PlanStrings.contains(text, "ค ำ") && !PlanStrings.contains(text, "  "), "\(path): \(text)")
            #expect(!ThaiSpacing.hasSpacedLetters(text), "\(path): \(text)")
            #expect(PlanStrings.isNFC(text), "\(path)")
            #expect(text == text.trimmingCharacters(in: .whitespaces), "\(path)")
        }
    }

    @Test func analysisRows() {
        #expect(plan.analysis.map(\.indicator) == Array(1...10))
        #expect(plan.analysis.map(\.stance) == [.keep, .develop, .keep, .develop, .keep, .develop, .develop, .develop, .develop, .develop])
        #expect(plan.analysis.map(\.urgentWeaknesses.count) == [0, 1, 0, 1, 0, 1, 2, 1, 8, 5])
        #expect(plan.analysis[0].keepOrImprove == "หน่วยงานควรรักษามาตรฐานการดำเนินงานอย่างสม่ำเสมอต่อไป")
        #expect(plan.analysis[6].keepOrImprove.isEmpty)
        #expect(plan.analysis[3].urgentWeaknesses[0].text.hasPrefix("การใช้ทรัพย์สินของราชการ พบว่า"))
    }

    @Test func oitWeaknessesMapToItems() throws {
        let nine = try #require(plan.analysis(ofIndicator: 9))
        #expect(nine.urgentWeaknesses.map(\.itemCode) == ["O2", "O11", "O12", "O20", "O23", "O24", "O27", "O28"])
        let ten = try #require(plan.analysis(ofIndicator: 10))
        #expect(ten.urgentWeaknesses.map(\.itemCode) == ["O36", "O37", "O38", "O42", "O43"])
        #expect(nine.urgentWeaknesses[6].details == ["การสรรหาและคัดเลือกบุคลากร", "การบรรจุและแต่งตั้งบุคลากร", "การพัฒนาบุคลากร"])
        #expect(nine.urgentWeaknesses[6].text.hasSuffix("พบว่าขาดองค์ประกอบข้อมูล"))
        #expect(ten.urgentWeaknesses[0].details == ["เหตุการณ์ความเสี่ยง", "ระดับของความเสี่ยง", "มาตรการและการดำเนินการในการบริหารจัดการความเสี่ยง"])
        #expect(ten.urgentWeaknesses[0].text.hasSuffix("จึงไม่ครบตามข้อมูลตามหลักเกณฑ์ที่กำหนด"))
        #expect(ten.urgentWeaknesses[3].details.count == 3)
        #expect(plan.analysis.filter { $0.indicator < 9 }.allSatisfy { $0.urgentWeaknesses.allSatisfy { $0.itemCode == nil } })
    }

    @Test func namedRejectedItems() {
        #expect(imported.namedRejectedItems == [
            "O2", "O11", "O12", "O20", "O23", "O24", "O27", "O28", "O36", "O37", "O38", "O42", "O43",
        ])
    }
}

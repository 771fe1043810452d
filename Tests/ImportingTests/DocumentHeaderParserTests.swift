import Foundation
import Testing
@testable import Importing

@Suite struct DocumentHeaderParserTests {
    static let otherAgency = """
        มาตรการส่งเสริมคุณธรรมและความโปร่งใส
        ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        ทต.บางกระทุ่ม
        อ.บางกระทุ่ม จ.พิษณุโลก

        1. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566
        จากผลการประเมิน พบว่ามีผลคะแนน 91.20 คะแนน อยู่ในระดับ A ดังนี้
        """

    @Test func abbreviationsAndThaiDigits() throws {
        let document = DocumentLines(text: Self.otherAgency)
        let header = DocumentHeaderParser.parse(document, sections: DocumentSections(document))
        #expect(header.agency?.kind == "เทศบาลตำบล" && header.agency?.name == "บางกระทุ่ม")
        #expect(header.agency?.district == "บางกระทุ่ม" && header.agency?.province == "พิษณุโลก")
        #expect(header.planYear?.year == 2567 && header.planYear?.line == 2)
        #expect(header.assessedYear?.year == 2566 && header.assessedYear?.line == 6)
        #expect(header.level?.text == "A")
        #expect(header.total?.value == Decimal(string: "91.20"))
    }

    @Test func sentenceTotalFillsAMissingTableTotal() throws {
        let text = Self.otherAgency + "\nตัวชี้วัด\tคะแนน ITA\nตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t95.00\n"
        let result = try PublishedDocumentImporter(catalog: Fixtures.catalog).importPlan(text: text)
        #expect(result.value.result.total == Decimal(string: "91.20"))
        #expect(result.value.result.indicators == [1: 95])
        #expect(result.warnings.contains { $0.field == "result.total" && $0.line == 7 })
        #expect(result.warnings.contains { $0.field == "result.indicators" && $0.messageEN.contains("2, 3") })
    }

    @Test func sentenceAndTableTotalsThatDisagreeAreWarned() throws {
        var lines = try Fixtures.text(Fixtures.documentName).components(separatedBy: "\n")
        lines[26] = "รวม\t\t\t\t73.53"
        let result = try PublishedDocumentImporter(catalog: Fixtures.catalog).importPlan(text: lines.joined(separator: "\n"))
        #expect(result.value.result.total == Decimal(string: "73.53"))
        #expect(result.warnings.contains { $0.line == 14 && $0.messageEN.contains("73.35") && $0.messageEN.contains("73.53") })
    }
}

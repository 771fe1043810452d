import Foundation
import Planning
import Testing
import ThaiText
@testable import Importing

/// Section 3 of the อบต.ทับคล้อ document: the seven measures.
@Suite struct PublishedDocumentMeasuresTests {
    let imported: ImportResult<MeasuresPlan>
    var measures: [Measure] { imported.value.measures }

    init() throws {
        imported = try Fixtures.importedDocument.get()
    }

    @Test func titles() {
        #expect(measures.map(\.title) == [
            "การเผยแพร่และประชาสัมพันธ์ข้อมูลการใช้จ่ายงบประมาณ",
            "การเผยแพร่และประชาสัมพันธ์การใช้ทรัพย์สินของราชการ",
            "การปรับปรุงคุณภาพการดำเนินงานของหน่วยงาน",
            "การพัฒนาประสิทธิภาพการสื่อสาร",
            "การปรับปรุงระบบการทำงาน",
            "การพัฒนาและปรับปรุงการเปิดเผยข้อมูลสาธารณะ",
            "การพัฒนาและปรับปรุงการเปิดเผยข้อมูลการป้องกันการทุจริต",
        ])
    }

    @Test func stepsAreSplitAndUnnumbered() {
        #expect(measures.map(\.steps.count) == [1, 1, 3, 2, 2, 1, 1])
        #expect(measures[2].steps[1] == "จัดทำแผนผังแสดงขั้นตอนระยะเวลาการให้บริการประชาชนและระบุผู้รับผิดชอบงานให้บริการในทุกกระบวนการงาน")
        #expect(measures[4].steps[0] == "จัดประชุมบุคลากรในหน่วยงานเพื่อปรับปรุงคุณภาพการปฏิบัติงาน/การให้บริการให้ดีขึ้น")
        #expect(measures[3].steps[1].hasPrefix("ดำเนินการเผยแพร่ช่องทางร้องเรียนเจ้าหน้าที่"))
        #expect(measures[5].steps[0].hasPrefix("ดำเนินการนำประเด็น"))
        for step in measures.flatMap(\.steps) {
            #expect(!step.hasPrefix("1") && !step.hasPrefix("2") && !step.hasPrefix("3"))
        }
    }

    @Test func divisions() {
        let standard = TypicalDivisions.subdistrictAdministrativeOrganisation
        #expect(measures[0].divisions == ["สำนักปลัด", "กองคลัง"])
        #expect(measures[1].divisions == ["กองคลัง"])
        #expect(measures[2].divisions == standard)
        #expect(measures[3].divisions == standard)
        #expect(measures[4].divisions == standard)
        #expect(measures[5].divisions == ["สำนักปลัด", "กองคลัง"])
        #expect(measures[6].divisions == ["สำนักปลัด (งานวิเคราะห์นโยบายและแผน)"])
    }

    @Test func periods() {
        let year = MonthPeriod(start: YearMonth(year: 2565, month: .october), end: YearMonth(year: 2566, month: .september))
        let half = MonthPeriod(start: YearMonth(year: 2565, month: .october), end: YearMonth(year: 2566, month: .april))
        #expect(measures.map(\.period) == [year, year, year, year, year, half, half])
    }

    @Test func monitoring() {
        #expect(measures[0].monitoring == "รายงานผลการดำเนินการในการประชุมประจำเดือน")
        #expect(measures[2].monitoring == "รายงานผลการดำเนินการในการประชุมประจำเดือน")
        #expect(measures[6].monitoring == "ผลการเผยแพร่ข้อมูลทางเว็บไซต์ของหน่วยงาน")
    }

    @Test func divisionRepairsAreWarnedOnTheirLine() {
        let line118 = imported.warnings.filter { $0.line == 118 && $0.field == "measures[4].divisions" }
        #expect(line118.contains { PlanStrings.contains($0.messageTH, "ค ำ ส น ำ") && $0.messageEN.contains("spaced apart") })
        #expect(line118.contains { $0.messageTH.contains("กองการศึกษา ศาสนา และวัฒนธรรม") })
        #expect(line118.contains { $0.messageTH.contains("กองสาธารณสุข และสิ่งแวดล้อม") })
        #expect(line118.contains { $0.messageTH.contains("กองสวัสดิการ สังคม") })
        #expect(imported.warnings.contains { $0.line == 120 && $0.messageTH.contains("งานวิเคราะห์ นโยบายและแผน") })
        #expect(imported.warnings.contains { $0.line == 114 && $0.field == "measures[2].title" })
        // Clean cells are not "repaired".
        #expect(!imported.warnings.contains { $0.line == 110 && $0.field.hasSuffix("divisions") })
        #expect(!imported.warnings.contains { $0.line == 114 && $0.field.hasSuffix("divisions") })
    }
}

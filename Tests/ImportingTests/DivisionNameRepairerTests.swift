import Planning
import Testing
@testable import Importing

@Suite struct DivisionNameRepairerTests {
    let repairer = DivisionNameRepairer(knownNames: TypicalDivisions.subdistrictAdministrativeOrganisation)

    @Test(arguments: [
        ("สำนักปลัด กองคลัง", ["สำนักปลัด", "กองคลัง"]),
        ("- สำนักปลัด - กองคลัง", ["สำนักปลัด", "กองคลัง"]),
        ("-สำนักปลัด -กองช่าง", ["สำนักปลัด", "กองช่าง"]),
        ("กองสาธารณสุข และสิ่งแวดล้อม", ["กองสาธารณสุขและสิ่งแวดล้อม"]),
        ("กองสวัสดิการ สังคม กองช่าง", ["กองสวัสดิการสังคม", "กองช่าง"]),
        ("กองการศึกษา ค ำ ส น ำ แ ล ะ วิ ฒ น ธ ร ร ม", ["กองการศึกษา ศาสนา และวัฒนธรรม"]),
        ("สำนักปลัด (งานวิเคราะห์ นโยบายและแผน)", ["สำนักปลัด (งานวิเคราะห์นโยบายและแผน)"]),
        ("<ul><li>กองคลัง</li><li>กองช่าง</li></ul>", ["กองคลัง", "กองช่าง"]),
        ("กองส่งเสริมการเกษตร สำนักปลัด", ["กองส่งเสริมการเกษตร", "สำนักปลัด"]),
        ("หน่วยตรวจสอบภายใน", ["หน่วยตรวจสอบภายใน"]),
    ])
    func names(cell: String, expected: [String]) {
        #expect(repairer.divisions(in: cell).names == expected)
    }

    @Test func cleanNamesNeedNoRepair() {
        #expect(repairer.divisions(in: "- สำนักปลัด - กองการศึกษา ศาสนา และวัฒนธรรม").repairs.isEmpty)
    }

    @Test func eachRepairIsReported() {
        let outcome = repairer.divisions(in: "- กองการศึกษา ค ำ ส น ำ แ ล ะ วิ ฒ น ธ ร ร ม - กองสวัสดิการ สังคม")
        #expect(outcome.repairs.count == 3, "spaced letters, the snap to the known name, the broken name")
        #expect(outcome.repairs.map(\.repaired).contains("กองการศึกษา ศาสนา และวัฒนธรรม"))
    }

    @Test func distantNamesAreNotSnapped() {
        #expect(repairer.nearestKnown("กองคลัง")?.name == "กองคลัง")
        #expect(repairer.nearestKnown("กองแผน") == nil)
    }
}

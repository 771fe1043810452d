import Criteria
import Testing
@testable import Importing

@Suite struct OITTitleMatcherTests {
    let matcher = OITTitleMatcher(criteria: try! Fixtures.catalog.criteria(for: 2565))

    @Test(arguments: [
        ("การเปิดเผยข้อมูล /ข้อมูลผู้บริหาร พบว่าไม่มี", 9, "O2"),
        ("การเปิดเผยข้อมูล /รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน พบว่า", 9, "O11"),
        ("การเปิดเผยข้อมูลการป้องกันการทุจริต/ การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน พบว่า", 10, "O43"),
        ("การเปิดเผยข้อมูลการป้องกันการทุจริต/ มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน พบว่า", 10, "O42"),
        ("การเปิดเผยข้อมูลการป้องกันการทุจริต/ การประเมินความเสี่ยงการทุจริตประจำปี พบว่า", 10, "O36"),
        ("การเปิดเผยข้อมูล /รายงานผลการใช้จ่ายงบประมาณประจำปี พบว่า", 9, "O20"),
    ])
    func mapsQuotedTitles(text: String, indicator: Int, code: String) {
        #expect(matcher.itemCode(forWeakness: text, indicator: indicator) == code)
    }

    @Test func toleratesRewordedCriteriaTitles() throws {
        var criteria = try Fixtures.catalog.criteria(for: 2565)
        for index in criteria.items.indices {
            switch criteria.items[index].code {
            case "O36": criteria.items[index].textTH = "การประเมินความเสี่ยงการทุจริตประจำปี"
            case "O11": criteria.items[index].textTH = "รายงานการกำกับติดตามการดำเนินงาน ประจำปี รอบ 6 เดือน"
            case "O38": criteria.items[index].textTH = "การเสริมสร้างวัฒนธรรมองค์กร"
            default: break
            }
        }
        let reworded = OITTitleMatcher(criteria: criteria)
        #expect(reworded.itemCode(forWeakness: "/ การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี พบว่า", indicator: 10) == "O36")
        #expect(reworded.itemCode(forWeakness: "/รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน พบว่า", indicator: 9) == "O11")
        #expect(reworded.itemCode(forWeakness: "/ การเสริมสร้างวัฒนธรรมองค์กร ตามมาตรฐานทางจริยธรรม พบว่า", indicator: 10) == "O38")
    }

    @Test func unrelatedTitleIsNotMapped() {
        #expect(matcher.itemCode(forWeakness: "การเปิดเผยข้อมูล /ป้ายประชาสัมพันธ์หน้าสำนักงาน พบว่า", indicator: 9) == nil)
    }
}

import Criteria
import Foundation
import Planning
import Scoring
import Testing
import ThaiText

@Suite struct PlanDrafterTests {
    let criteria: Criteria
    let drafter: PlanDrafter
    let agency = Agency(kind: "องค์การบริหารส่วนตำบล", name: "ทับคล้อ", district: "ทับคล้อ", province: "พิจิตร")

    init() throws {
        criteria = try CriteriaCatalog.bundled().criteria(for: 2565)
        drafter = PlanDrafter(criteria: criteria)
    }

    static func d(_ text: String) -> Decimal { Decimal(string: text)! }

    let result = PublishedResult(
        fiscalYear: 2565,
        indicators: [1: 100, 2: d("99.50"), 3: 100, 4: d("99.45"), 5: 100, 6: d("88.21"), 7: d("66.15"),
                     8: d("81.35"), 9: d("74.21"), 10: 25])

    /// The seed's recommendations, as the importer reads them.
    let recommendations = [
        Recommendation(itemCode: "I7", indicator: 2, text: "หน่วยงานควรมีการพัฒนาวิธีการเผยแพร่และประชาสัมพันธ์แผนการใช้จ่ายงบประมาณประจำปี"),
        Recommendation(itemCode: "I23", indicator: 4, text: "หน่วยงานควรระบุขั้นตอนและแนวทางในการขอยืมทรัพย์สินของทางราชการ"),
        Recommendation(itemCode: "E6", indicator: 7, text: "หน่วยงานจะต้องมีการเผยแพร่และประชาสัมพันธ์ข้อมูลข่าวสาร"),
        Recommendation(itemCode: "E7", indicator: 7, text: "หน่วยงานจะต้องมีการเผยแพร่และประชาสัมพันธ์ข้อมูลข่าวสาร"),
        Recommendation(itemCode: "E10", indicator: 7, text: "หน่วยงานควรเผยแพร่ช่องทางการร้องเรียนเจ้าหน้าที่ของหน่วยงาน ผ่านช่องทางออนไลน์"),
        Recommendation(itemCode: "O38", indicator: 10, text: "หน่วยงานต้องแสดงถึงการเสริมสร้างวัฒนธรรมองค์กร"),
        Recommendation(itemCode: "O42", indicator: 10, text: "หน่วยงานต้องแสดงการวิเคราะห์ผลการประเมิน"),
        Recommendation(itemCode: "O43", indicator: 10, text: "หน่วยงานต้องแสดงความก้าวหน้าหรือผลการดำเนินการตามมาตรการ"),
    ]

    @Test func stanceFollowsThePassMark() {
        let plan = drafter.draft(agency: agency, result: result, recommendations: recommendations)
        let stances = plan.analysis.map { "\($0.indicator):\($0.stance.rawValue)" }
        #expect(stances == ["1:keep", "2:keep", "3:keep", "4:keep", "5:keep", "6:keep", "7:develop", "8:develop", "9:develop", "10:develop"])
        #expect(plan.analysis(ofIndicator: 1)?.keepOrImprove == "หน่วยงานควรรักษามาตรฐานการดำเนินงานอย่างสม่ำเสมอต่อไป")
        #expect(plan.analysis(ofIndicator: 2)?.keepOrImprove == "หน่วยงานควรรักษามาตรฐานการดำเนินงาน และพัฒนาให้ดีขึ้น")
        #expect(plan.analysis(ofIndicator: 7)?.keepOrImprove.contains("66.15") == true)
    }

    @Test func recommendationsBecomeUrgentWeaknesses() {
        let plan = drafter.draft(agency: agency, result: result, recommendations: recommendations)
        #expect(plan.analysis(ofIndicator: 7)?.urgentWeaknesses.compactMap(\.itemCode) == ["E6", "E7", "E10"])
        #expect(plan.analysis(ofIndicator: 10)?.urgentWeaknesses.compactMap(\.itemCode) == ["O38", "O42", "O43"])
        #expect(plan.analysis(ofIndicator: 1)?.urgentWeaknesses.isEmpty == true)
    }

    @Test func measuresComeFromTemplatesForTheNextFiscalYear() throws {
        let plan = drafter.draft(agency: agency, result: result, recommendations: recommendations)
        #expect(plan.planYear == 2566)
        #expect(plan.measures.map(\.title) == [
            "การเผยแพร่และประชาสัมพันธ์ข้อมูลการใช้จ่ายงบประมาณ",
            "การเผยแพร่และประชาสัมพันธ์การใช้ทรัพย์สินของราชการ",
            "การพัฒนาประสิทธิภาพการสื่อสาร",
            "การปรับปรุงระบบการทำงาน",
            "การพัฒนาและปรับปรุงการเปิดเผยข้อมูลสาธารณะ",
            "การพัฒนาและปรับปรุงการเปิดเผยข้อมูลการป้องกันการทุจริต",
        ])
        let budget = plan.measures[0]
        #expect(budget.steps.count == 1 && budget.steps[0].contains("แผนการใช้จ่ายงบประมาณประจำปี"))
        #expect(budget.divisions == ["สำนักปลัด", "กองคลัง"])
        #expect(budget.period.thaiAbbreviated == "ต.ค. 2565 - ก.ย. 2566")
        #expect(budget.monitoring == "รายงานผลการดำเนินการในการประชุมประจำเดือน")
        #expect(plan.measures[1].steps[0].contains("ขอยืมทรัพย์สิน"))

        let communication = plan.measures[2]
        #expect(communication.divisions == TypicalDivisions.subdistrictAdministrativeOrganisation)
        #expect(communication.steps.contains { $0.contains("ปกปิดข้อมูลผู้แจ้งเบาะแส") })
        #expect(communication.itemCodes == ["E6", "E7", "E10"])

        let prevention = try #require(plan.measures.last)
        #expect(prevention.period.thaiAbbreviated == "ต.ค. 2565 - เม.ย. 2566")
        #expect(prevention.steps.contains { $0.contains("ผู้รับผิดชอบ ขั้นตอนหรือวิธีการปฏิบัติ") })
        #expect(prevention.monitoring == "ผลการเผยแพร่ข้อมูลทางเว็บไซต์ของหน่วยงาน")
    }

    @Test func riskAssessmentTemplateNamesEventsLevelsAndMeasures() throws {
        let plan = drafter.draft(
            agency: agency, result: result,
            recommendations: [Recommendation(itemCode: "O36", indicator: 10, text: "ไม่มีการแสดงข้อมูลเหตุการณ์ความเสี่ยง")])
        let measure = try #require(plan.measures.first { $0.indicators == [10] })
        #expect(measure.title == "การประเมินและจัดการความเสี่ยงการทุจริต")
        #expect(measure.steps[0].contains("เหตุการณ์ความเสี่ยง ระดับของความเสี่ยง และมาตรการ"))
    }

    @Test func weaknessesWithoutRecommendationsStillGetAMeasure() {
        let plan = drafter.draft(
            agency: agency, result: result, recommendations: [],
            weaknesses: [6: [Weakness(text: "ระยะเวลาในการให้บริการยังล่าช้าในบางขั้นตอน")]])
        #expect(plan.measures.map(\.title).contains("การปรับปรุงคุณภาพการดำเนินงานของหน่วยงาน"))
        #expect(plan.analysis(ofIndicator: 6)?.urgentWeaknesses.count == 1)
    }

    @Test func everyTemplateIsUsable() throws {
        let library = MeasureTemplateLibrary.bundled
        for template in library.templates {
            #expect(!template.title.isEmpty && !template.steps.isEmpty, "\(template.key)")
            for number in template.indicators { #expect(criteria.indicator(number) != nil) }
            for code in template.resolved(for: criteria).items {
                let item = try #require(criteria.item(code), "\(template.key) names unknown item \(code)")
                #expect(template.indicators.contains(item.indicator), "\(code) is not under \(template.indicators)")
            }
            for topic in template.topics {
                #expect(ItemTopic.vocabulary.contains { $0.key == topic }, "\(template.key) names unknown topic \(topic)")
            }
        }
        for number in 1...10 { #expect(library.template(forIndicator: number) != nil, "indicator \(number)") }
    }

    /// Item numbers move between years: a template cites the year's own numbers.
    @Test func templatesCiteTheNumbersOfTheirYear() throws {
        let catalog = try CriteriaCatalog.bundled()
        let library = MeasureTemplateLibrary.bundled
        let risk = try #require(library.templates.first { $0.key == "corruption-risk" })
        let in2565 = risk.resolved(for: try catalog.criteria(for: 2565))
        let in2566 = risk.resolved(for: try catalog.criteria(for: 2566))
        let in2569 = risk.resolved(for: try catalog.criteria(for: 2569))
        #expect(in2565.items == ["O36", "O37"])
        #expect(in2566.items == ["O34", "O35"])
        #expect(in2566.steps.joined().contains("(O34)") && !in2566.steps.joined().contains("O36"))
        #expect(in2569.items == ["O21", "O22"])
        #expect(in2569.steps.joined().contains("(O21)"))
        // A 2566 recommendation on O34 is about risk, while O34 of 2565 was the No Gift policy.
        #expect(library.template(forItem: "O34", criteria: try catalog.criteria(for: 2566))?.key == "corruption-risk")
        #expect(library.template(forItem: "O34", criteria: try catalog.criteria(for: 2565))?.key == "organisational-culture")
        let measures2569 = try #require(library.templates.first { $0.key == "integrity-measures" }?.resolved(for: try catalog.criteria(for: 2569)))
        #expect(measures2569.items == ["O25", "O26"])
    }
}

import Criteria
import Planning
import Foundation
import ThaiText
import Workbench

extension AutomaticItems {
    /// O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, from the stored plan of the year:
    /// analysis, urgent weaknesses, points to develop, and each measure's divisions, steps and monitoring.
    /// `documentURL` is the public address of the measures document.
    public static func measures(plan: StoredPlan?, documentURL: String) -> AutomaticItemSource {
        AutomaticItemSource(
            nameTH: "เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใสที่จัดทำใน Prongsai",
            nameEN: "The measures document kept in Prongsai", gaps: plan.map(measureGaps) ?? [Self.noPlan],
            matches: { $0.isAbout(.integrityMeasures) },
            fill: { item, stored in
                var record = stored
                guard let plan else { return record }
                record.links = withLink(
                    DisclosureLink(url: documentURL, location: "เอกสารมาตรการฉบับเต็ม (ดาวน์โหลด PDF และ Word ได้จากหน้าเดียวกัน)"),
                    in: stored)
                record.period = FiscalYear(plan.year.planYear).period
                record.components = tick(item, stored, rules: measureRules(plan))
                return record
            })
    }

    static let noPlan = AutomaticItemSource.Gap(
        th: "ยังไม่มีแผนมาตรการของปีนี้ นำเข้าผลการประเมินที่หน้าผลการประเมินก่อน",
        en: "there is no measures plan for this year; import a result on the Results page first")

    /// Measures lacking a part O42 asks for, by number, so the coordinator knows which to edit.
    static func measureGaps(_ plan: StoredPlan) -> [AutomaticItemSource.Gap] {
        func numbers(_ lacking: (Measure) -> Bool) -> String? {
            let found = plan.measures.filter { lacking($0.measure) }.map { String($0.position) }
            return found.isEmpty ? nil : found.joined(separator: ", ")
        }
        var gaps: [AutomaticItemSource.Gap] = []
        if plan.year.analysis.isEmpty {
            gaps.append(.init(th: "ยังไม่มีการวิเคราะห์ผล (หน้าการวิเคราะห์)", en: "no analysis yet (Analysis page)"))
        }
        if plan.measures.isEmpty { gaps.append(.init(th: "ยังไม่มีมาตรการ (หน้ามาตรการ)", en: "no measures yet (Measures page)")) }
        if let list = numbers({ $0.divisions.isEmpty }) {
            gaps.append(.init(th: "มาตรการที่ \(list) ยังไม่ระบุผู้รับผิดชอบ", en: "measures \(list) name no responsible division"))
        }
        if let list = numbers({ $0.steps.isEmpty }) {
            gaps.append(.init(th: "มาตรการที่ \(list) ยังไม่ระบุวิธีดำเนินการ", en: "measures \(list) give no steps"))
        }
        if let list = numbers({ !$0.monitoring.contains("รายงาน") }) {
            gaps.append(.init(
                th: "มาตรการที่ \(list) ยังไม่ระบุการรายงานผลในช่องการติดตามประเมินผล (เช่น \"รายงานผลในการประชุมประจำเดือน\")",
                en: "measures \(list) do not say how results are reported in their monitoring column"))
        }
        return gaps
    }

    /// Which O42 component each part of the plan shows, by a word of the component's text; nil evidence
    /// means the plan lacks it, so the component stays unticked and is flagged.
    static func measureRules(_ plan: StoredPlan) -> [(keyword: String, evidence: String?)] {
        let analysis = plan.year.analysis
        let measures = plan.measures.map(\.measure)
        let weaknesses = analysis.reduce(0) { $0 + $1.urgentWeaknesses.count }
        let toDevelop = analysis.filter { !$0.keepOrImprove.trimmingCharacters(in: .whitespaces).isEmpty }.count
        func every(_ test: (Measure) -> Bool, _ text: String) -> String? {
            !measures.isEmpty && measures.allSatisfy(test) ? text : nil
        }
        return [
            ("วิเคราะห์ผล", analysis.isEmpty ? nil
                : "ส่วนที่ 2 การวิเคราะห์ผลการประเมินปี พ.ศ. \(plan.year.assessedYear) รายตัวชี้วัด \(analysis.count) ตัวชี้วัด"),
            ("ข้อบกพร่อง", weaknesses == 0 ? nil : "ส่วนที่ 2 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน \(weaknesses) ประเด็น"),
            ("พัฒนาให้ดีขึ้น", toDevelop == 0 ? nil : "ส่วนที่ 2 ประเด็นที่ควรรักษามาตรฐานหรือพัฒนาให้ดีขึ้น \(toDevelop) ตัวชี้วัด"),
            ("แนวทางการนำผล", measures.isEmpty ? nil : "ส่วนที่ 3 มาตรการ \(measures.count) มาตรการ"),
            ("ผู้รับผิดชอบ", every({ !$0.divisions.isEmpty }, "ทุกมาตรการระบุผู้รับผิดชอบ (คอลัมน์ผู้รับผิดชอบ)")),
            ("ขั้นตอน", every({ !$0.steps.isEmpty }, "ทุกมาตรการระบุวิธีดำเนินการ (คอลัมน์วิธีดำเนินการ)")),
            ("กำกับติดตาม", every({ !$0.monitoring.trimmingCharacters(in: .whitespaces).isEmpty }, "ทุกมาตรการระบุการติดตามประเมินผล")),
            ("รายงานผล", every({ $0.monitoring.contains("รายงาน") }, "ทุกมาตรการระบุการรายงานผลในคอลัมน์การติดตามประเมินผล")),
        ]
    }
}

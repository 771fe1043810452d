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
            nameEN: "The measures document kept in Prongsai",
            matches: { $0.code.hasPrefix("O") && $0.textTH.hasPrefix("มาตรการส่งเสริมคุณธรรม") },
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

    /// O43 การดำเนินการตามมาตรการ, from the progress reported on the year's measures.
    public static func progress(plan: StoredPlan?, entries: [ProgressEntry], documentURL: String) -> AutomaticItemSource {
        AutomaticItemSource(
            nameTH: "รายงานผลการดำเนินการตามมาตรการจากบันทึกความก้าวหน้าใน Prongsai",
            nameEN: "The progress report from the progress kept in Prongsai",
            matches: { $0.code.hasPrefix("O") && $0.textTH.hasPrefix("การดำเนินการตามมาตรการส่งเสริม") },
            fill: { item, stored in
                var record = stored
                guard let plan else { return record }
                let year = FiscalYear(plan.year.planYear)
                let measureIDs = Set(plan.measures.map(\.id))
                let reported = entries.filter { measureIDs.contains($0.measureID) }
                let inYear = reported.filter { year.period.contains($0.date.yearMonth) }
                let covered = Set(reported.map(\.measureID)).count
                record.links = withLink(
                    DisclosureLink(url: documentURL, location: "รายงานผลการดำเนินการตามมาตรการ ฉบับล่าสุด"), in: stored)
                if let first = reported.map(\.date).min(), let last = reported.map(\.date).max() {
                    record.period = MonthPeriod(start: first.yearMonth, end: last.yearMonth)
                } else {
                    record.period = nil
                }
                let progressText = reported.isEmpty ? nil
                    : "รายงานความก้าวหน้า \(reported.count) ครั้ง ครอบคลุม \(covered) จาก \(plan.measures.count) มาตรการ"
                record.components = tick(item, stored, rules: [
                    ("ความก้าวหน้า", progressText),
                    ("สอดคล้อง", reported.isEmpty ? nil : "ทุกรายงานผูกกับมาตรการในข้อ O42 ของปีเดียวกัน"),
                    ("ดำเนินการในปี", inYear.isEmpty ? nil : "ดำเนินการในปีงบประมาณ พ.ศ. \(year) (\(inYear.count) รายงาน)"),
                ])
                return record
            })
    }
}

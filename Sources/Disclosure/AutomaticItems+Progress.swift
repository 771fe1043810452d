import Criteria
import Foundation
import ThaiText
import Workbench

extension AutomaticItems {
    /// O43 การดำเนินการตามมาตรการ (the year's item about the measures' progress), from the progress
    /// reported on the year's measures. `measuresItemCode` is the year's code of the measures item.
    public static func progress(
        plan: StoredPlan?, entries: [ProgressEntry], documentURL: String, measuresItemCode: String?
    ) -> AutomaticItemSource {
        AutomaticItemSource(
            nameTH: "รายงานผลการดำเนินการตามมาตรการจากบันทึกความก้าวหน้าใน Prongsai",
            nameEN: "The progress report from the progress kept in Prongsai",
            gaps: plan.map { progressGaps($0, entries: entries) } ?? [Self.noPlan],
            matches: { $0.isAbout(.integrityMeasuresProgress) },
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
                    ("สอดคล้อง", reported.isEmpty ? nil : "ทุกรายงานผูกกับมาตรการ\(measuresItemCode.map { "ในข้อ \($0)" } ?? "ส่งเสริมคุณธรรมและความโปร่งใส") ของปีเดียวกัน"),
                    ("ดำเนินการในปี", inYear.isEmpty ? nil : "ดำเนินการในปีงบประมาณ พ.ศ. \(year) (\(inYear.count) รายงาน)"),
                ])
                return record
            })
    }

    static func progressGaps(_ plan: StoredPlan, entries: [ProgressEntry]) -> [AutomaticItemSource.Gap] {
        let reported = Set(entries.map(\.measureID))
        let silent = plan.measures.filter { !reported.contains($0.id) }.map { String($0.position) }
        guard !silent.isEmpty else { return [] }
        return [.init(
            th: "มาตรการที่ \(silent.joined(separator: ", ")) ยังไม่มีรายงานความก้าวหน้า (บันทึกที่หน้าความก้าวหน้า)",
            en: "measures \(silent.joined(separator: ", ")) have no progress report yet (Progress page)")]
    }
}

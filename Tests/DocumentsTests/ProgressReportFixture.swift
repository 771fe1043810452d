import Documents
import Planning
import ThaiText

/// A fixed year of progress on the seed's measures, as the web app would hand it to the documents.
enum ProgressReportFixture {
    static let asOf = ThaiDate(year: 2566, month: .march, day: 31)

    static let meetingMinutes = ReportedEvidence(
        fileName: "รายงานการประชุมชี้แจงแผน.pdf", effectiveDate: ThaiDate(year: 2565, month: .november, day: 5),
        sha256: "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b")
    static let infographic = ReportedEvidence(
        fileName: "infographic-budget-2566.png", effectiveDate: ThaiDate(year: 2565, month: .december, day: 18),
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")

    static let briefing = "จัดประชุมชี้แจงแผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2566 ให้บุคลากรทุกกองได้รับทราบ"
    static let published = "เผยแพร่อินโฟกราฟิกสรุปแผนการใช้จ่ายงบประมาณทางเว็บไซต์และกลุ่มไลน์ของหน่วยงาน"
    static let manual = "จัดทำคู่มือการขอยืมทรัพย์สินของทางราชการ <ฉบับร่าง> & เสนอผู้บริหารพิจารณา"
    static let afterAsOf = "ปรับปรุงหน้าเว็บไซต์หัวข้อข้อมูลสาธารณะครบทุกข้อ"

    static var measures: [ReportedMeasure] {
        SeedPlan.measures.enumerated().map { index, measure in
            ReportedMeasure(number: index + 1, measure: measure, entries: entries[index + 1] ?? [])
        }
    }

    static let entries: [Int: [ReportedEntry]] = [
        1: [
            ReportedEntry(
                date: ThaiDate(year: 2565, month: .november, day: 5), text: briefing, status: "อยู่ระหว่างดำเนินการ",
                percent: 40, evidence: [meetingMinutes]),
            ReportedEntry(
                date: ThaiDate(year: 2565, month: .december, day: 20), text: published, status: "ดำเนินการแล้วเสร็จ",
                percent: 100, evidence: [infographic]),
        ],
        2: [
            ReportedEntry(
                date: ThaiDate(year: 2566, month: .january, day: 16), text: manual, status: "อยู่ระหว่างดำเนินการ",
                percent: 50),
        ],
        6: [
            ReportedEntry(
                date: ThaiDate(year: 2565, month: .november, day: 28), text: "ตรวจสอบรายการข้อมูลสาธารณะที่ยังไม่ครบตามเกณฑ์ O2 O11 O12",
                status: "อยู่ระหว่างดำเนินการ", percent: 30),
            // Dated after the "as of" day: the report must leave it out.
            ReportedEntry(date: ThaiDate(year: 2566, month: .april, day: 10), text: afterAsOf, status: "ดำเนินการแล้วเสร็จ", percent: 100),
        ],
    ]

    static let report = ProgressReport(agency: SeedPlan.plan.agency, planYear: 2566, measures: measures, asOf: asOf)

    /// The November meeting: measure 1 and 6 reported in the month, measure 2 only later.
    static var novemberMeeting: MeetingReportDocument {
        let month = YearMonth(year: 2565, month: .november)
        let rows = measures.map { measure in
            MeetingReportDocument.Row(
                number: measure.number, measure: measure.measure,
                entries: measure.entries.filter { $0.date.yearMonth == month },
                latest: measure.entries.last { $0.date.yearMonth <= month })
        }
        return MeetingReportDocument(
            agency: SeedPlan.plan.agency, planYear: 2566, title: MeetingReportDocument.defaultTitle(for: month),
            month: month, meetingDate: ThaiDate(year: 2565, month: .december, day: 7),
            notes: "ที่ประชุมรับทราบผลการดำเนินการ\nให้ทุกกองรายงานผลภายในวันที่ 5 ของเดือนถัดไป", rows: rows)
    }
}

import Foundation
import Planning
import ThaiText

/// รายงานผลการดำเนินการตามมาตรการในการประชุมประจำเดือน — the monthly meeting's report: for each
/// measure, what was reported in the month reviewed, and where it stood at that month's end.
public struct MeetingReportDocument: ReportLayout, Hashable {
    public var titleLines: [String]
    public var fields: [ReportField]
    /// The meeting's notes, one paragraph a line.
    public var notes: [String]
    public var heading: String
    /// "มีการรายงานผลในเดือนนี้ 2 จาก 7 มาตรการ"
    public var summaryLine: String
    public var table: ReportTable

    /// One measure as the meeting reviews it.
    public struct Row: Hashable, Sendable {
        public var number: Int
        public var measure: Measure
        /// Reports dated in the month, oldest first.
        public var entries: [ReportedEntry]
        /// The latest report up to the month's end, which may be from an earlier month.
        public var latest: ReportedEntry?

        public init(number: Int, measure: Measure, entries: [ReportedEntry], latest: ReportedEntry?) {
            self.number = number
            self.measure = measure
            self.entries = entries
            self.latest = latest
        }
    }

    /// Printed in a measure's row when nothing was reported in the month.
    public static let nothingThisMonth = "ไม่มีการรายงานผลในเดือนนี้"

    /// The default title for a month: "รายงานผลการดำเนินการตามมาตรการ ในการประชุมประจำเดือน พฤศจิกายน 2565".
    public static func defaultTitle(for month: YearMonth) -> String {
        "รายงานผลการดำเนินการตามมาตรการ ในการประชุมประจำเดือน \(month.thaiFull)"
    }

    public init(
        agency: Agency, planYear: Int, title: String, month: YearMonth, meetingDate: ThaiDate, notes: String,
        rows: [Row]
    ) {
        titleLines = [
            title,
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. \(planYear)",
            "ของ\(agency.fullName)",
            agency.locationLine,
        ]
        fields = [
            ReportField("ประชุมเมื่อ:", "วันที่ \(meetingDate.thaiFull)"),
            ReportField("ผลการดำเนินการประจำเดือน:", "\(month.month.fullName) พ.ศ. \(month.year)"),
        ]
        self.notes = notes.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        heading = "ผลการดำเนินการตามมาตรการ"
        let reportedCount = rows.filter { !$0.entries.isEmpty }.count
        summaryLine = "มีการรายงานผลการดำเนินการในเดือน\(month.month.fullName) \(reportedCount) จาก \(rows.count) มาตรการ"
        table = ReportTable(
            kind: .meeting,
            columns: ["มาตรการ", "ผลการดำเนินการในเดือน\(month.month.fullName) \(month.year)", "สถานะ ณ สิ้นเดือน"],
            rows: rows.map(Self.cells))
    }

    static func cells(_ row: Row) -> [ReportTable.Cell] {
        let work = row.entries.flatMap { entry in
            ["\(entry.date.thaiAbbreviated): \(entry.text)"]
                + entry.evidence.map { "หลักฐาน: \($0.fileName) (SHA-256 \($0.shortHash))" }
        }
        return [
            ReportTable.Cell("\(row.number). \(row.measure.title)"),
            ReportTable.Cell(work.isEmpty ? [nothingThisMonth] : work),
            ReportTable.Cell(row.latest.map { [$0.status, "ร้อยละ \($0.percent)"] } ?? [ProgressReport.noReport], centred: true),
        ]
    }

    public var documentTitle: String { titleLines[0] }

    public var blocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.title(titleLines), .fields(fields)]
        if !notes.isEmpty {
            blocks.append(.heading("บันทึกการประชุม", level: 1))
            blocks += notes.map(ReportBlock.paragraph)
        }
        blocks += [.heading(heading, level: 1), .paragraph(summaryLine), .table(table)]
        return blocks
    }
}

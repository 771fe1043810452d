import Planning
import ThaiText

/// O43 — รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน: for each
/// measure of the O42 document, what was done and when, with which evidence, and where it stands;
/// then a summary table. Laid out as final text for a given "as of" day, so the same data and day
/// always give the same document.
public struct ProgressReport: ReportLayout, Hashable {
    public var titleLines: [String]
    /// "ข้อมูล ณ วันที่ 31 มีนาคม พ.ศ. 2566"
    public var dateLine: String
    public var intro: String
    public var measures: [MeasureSection]
    public var summaryHeading: String
    public var summary: ReportTable
    /// "รายงานผลแล้ว 5 จาก 7 มาตรการ"
    public var summaryLine: String

    public struct MeasureSection: Hashable, Sendable {
        /// "มาตรการที่ 1 การเผยแพร่และประชาสัมพันธ์ข้อมูลการใช้จ่ายงบประมาณ"
        public var heading: String
        /// Responsible divisions, period, current status.
        public var fields: [ReportField]
        /// The reports, or nil when there is none yet.
        public var log: ReportTable?
    }

    static let logColumns = ["วันที่", "ผลการดำเนินการ", "หลักฐาน", "สถานะ"]
    static let summaryColumns = ["ที่", "มาตรการ", "สถานะ", "ร้อยละ"]
    /// Printed where a measure has no report up to the "as of" day.
    public static let noReport = "ยังไม่มีการรายงานผลการดำเนินการ"

    /// Lays out the report; entries dated after `asOf` are left out, so the "as of" line holds.
    public init(agency: Agency, planYear: Int, measures: [ReportedMeasure], asOf: ThaiDate) {
        // The title is broken where a reader pauses: a browser would break the long first line
        // inside "ความโปร่งใส".
        titleLines = [
            "รายงานผลการดำเนินการ",
            "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "ประจำปีงบประมาณ พ.ศ. \(planYear)",
            "ของ\(agency.fullName)",
            agency.locationLine,
        ]
        dateLine = "ข้อมูล ณ วันที่ \(asOf.thaiFull)"
        intro = "\(agency.fullName) ได้นำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
            + "ประจำปีงบประมาณ พ.ศ. \(planYear) ไปสู่การปฏิบัติ และขอรายงานผลการดำเนินการตามมาตรการ ดังนี้"
        let reported = measures.map { measure in
            var measure = measure
            // A stable sort: entries of one day keep the order they were given in (creation order).
            measure.entries = measure.entries.filter { $0.date <= asOf }.enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            return measure
        }
        self.measures = reported.map(Self.section)
        summaryHeading = "2. สรุปผลการดำเนินการตามมาตรการ"
        summary = ReportTable(
            kind: .summary, columns: Self.summaryColumns,
            rows: reported.map { measure in
                let latest = measure.entries.last
                return [
                    ReportTable.Cell("\(measure.number)", centred: true),
                    ReportTable.Cell(measure.measure.title),
                    ReportTable.Cell(latest?.status ?? Self.noReport),
                    ReportTable.Cell(latest.map { "\($0.percent)" } ?? "-", centred: true),
                ]
            })
        let count = reported.filter { !$0.entries.isEmpty }.count
        summaryLine = "มีการรายงานผลการดำเนินการแล้ว \(count) จาก \(reported.count) มาตรการ"
    }

    static func section(_ measure: ReportedMeasure) -> MeasureSection {
        let fields = [
            ReportField("ผู้รับผิดชอบ:", measure.measure.divisions.joined(separator: ", ")),
            ReportField("ระยะเวลาดำเนินการ:", measure.measure.period.thaiAbbreviated),
            ReportField("สถานะปัจจุบัน:", measure.entries.last?.statusLine ?? noReport),
        ]
        let log = measure.entries.isEmpty ? nil : ReportTable(
            kind: .progressLog, columns: logColumns,
            rows: measure.entries.map { entry in
                [
                    ReportTable.Cell(entry.date.thaiAbbreviated, centred: true),
                    ReportTable.Cell(entry.text),
                    ReportTable.Cell(entry.evidence.isEmpty ? ["-"] : entry.evidence.flatMap(evidenceLines)),
                    ReportTable.Cell([entry.status, "ร้อยละ \(entry.percent)"], centred: true),
                ]
            })
        return MeasureSection(heading: "มาตรการที่ \(measure.number) \(measure.measure.title)", fields: fields, log: log)
    }

    /// The file's name, its date and its short hash, each on a line of its own (joined, they
    /// wrapped at odd places in a column a third of the page wide).
    static func evidenceLines(_ file: ReportedEvidence) -> [String] {
        [file.fileName, "ลงวันที่ \(file.effectiveDate.thaiAbbreviated)", "SHA-256 \(file.shortHash)"]
    }

    /// "รายงานผลการดำเนินการตามมาตรการ…ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2566 ของ…"
    public var documentTitle: String { titleLines[0] + titleLines[1] + " " + titleLines[2] + " " + titleLines[3] }

    public var blocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.title(titleLines), .centred(dateLine), .paragraph(intro)]
        blocks.append(.heading("1. ผลการดำเนินการรายมาตรการ", level: 1))
        for section in measures {
            blocks.append(.heading(section.heading, level: 2))
            blocks.append(.fields(section.fields))
            // Without reports, the status line above already says so.
            if let log = section.log { blocks.append(.table(log)) }
        }
        // The count follows the table: before it, it was left at the foot of a page without it.
        blocks += [.heading(summaryHeading, level: 1), .table(summary), .paragraph(summaryLine)]
        return blocks
    }
}

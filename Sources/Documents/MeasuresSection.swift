import Planning

/// 3. มาตรการในการส่งเสริมคุณธรรมและความโปร่งใส — the measures table.
public struct MeasuresSection: Hashable, Sendable {
    public static let columns = [
        "มาตรการ/แนวทาง", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การติดตามประเมินผล",
    ]

    public var heading: String
    public var intro: String
    public var rows: [Row]

    public struct Row: Hashable, Sendable {
        /// "1. การเผยแพร่และประชาสัมพันธ์ข้อมูลการใช้จ่ายงบประมาณ"
        public var title: String
        /// Printed as a numbered list "1. …".
        public var steps: [String]
        /// One division a line.
        public var divisions: [String]
        /// "ต.ค. 2565", the first month of ระยะเวลาดำเนินการ.
        public var periodStart: String
        /// "ก.ย. 2566", the last month.
        public var periodEnd: String
        public var monitoring: String

        /// "ต.ค. 2565 - ก.ย. 2566", as MonthPeriod prints it; renderers break the line only after "-".
        public var period: String { "\(periodStart) - \(periodEnd)" }
    }

    init(plan: MeasuresPlan) {
        let agency = plan.agency.fullName
        heading = "3. มาตรการในการส่งเสริมคุณธรรมและความโปร่งใสประจำปีงบประมาณ พ.ศ. \(plan.planYear)"
        intro = "ผลการวิเคราะห์การประเมิน ITA ของ\(agency) ประจำปีงบประมาณ พ.ศ. \(plan.assessedYear) "
            + "นำไปสู่การกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ\(agency) "
            + "ประจำปีงบประมาณ พ.ศ. \(plan.planYear) ดังต่อไปนี้"
        rows = plan.measures.enumerated().map { index, measure in
            Row(
                title: "\(index + 1). \(measure.title)", steps: measure.steps, divisions: measure.divisions,
                periodStart: measure.period.start.thaiAbbreviated, periodEnd: measure.period.end.thaiAbbreviated,
                monitoring: measure.monitoring)
        }
    }
}

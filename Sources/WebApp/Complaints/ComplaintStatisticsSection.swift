import Complaints
import ThaiText
import Workbench

/// The public complaint statistics of one agency and fiscal year (the yearly complaint-statistics item of
/// the OIT, O31 in 2565): counts by month and category, and by status and category, with small cells
/// protected. Computed from plaintext metadata only; nothing is decrypted.
///
/// Another public page includes it in two lines:
///
///     let section = try await ComplaintStatisticsSection.load(agency: agency, fiscalYear: 2566, environment: environment)
///     content += section.render(language: context.language)
///
/// `render` returns a `<section class="complaint-statistics">` with an `<h2>` (or the level asked for),
/// the tables, and a note that explains "<3" and ranges whenever they appear.
public struct ComplaintStatisticsSection: Sendable {
    public let agency: AgencyRecord
    public let statistics: ProtectedComplaintStatistics

    public init(agency: AgencyRecord, statistics: ProtectedComplaintStatistics) {
        self.agency = agency
        self.statistics = statistics
    }

    /// Reads the year's metadata from storage and protects it.
    public static func load(agency: AgencyRecord, fiscalYear: Int, environment: WebEnvironment) async throws -> ComplaintStatisticsSection {
        let year = FiscalYear(fiscalYear)
        let summaries = try await environment.repositories.complaints.fetchComplaintSummaries(
            agency: agency.id, from: CalendarDate.firstDay(of: year.firstMonth), through: CalendarDate.lastDate(of: year.lastMonth))
        return ComplaintStatisticsSection(
            agency: agency, statistics: ProtectedComplaintStatistics(ComplaintCounts(fiscalYear: year, summaries: summaries)))
    }

    /// The section as HTML, in the reader's language.
    public func render(language t: Language, headingLevel: Int = 2) -> HTML {
        let level = min(max(headingLevel, 2), 5)
        let s = statistics
        let categoryHeads = s.categories.map { category -> HTML in "<th scope=\"col\" class=\"number\">\(t(category.nameTH, category.nameEN))</th>" }
        let monthRows = s.months.enumerated().map { index, month -> HTML in
            row(t(month.thaiAbbreviated, month.english), s.monthCells[index], s.monthTotals[index])
        }
        let statusTable: HTML
        if let cells = s.statusCells, let totals = s.statusTotals {
            let rows = s.statuses.enumerated().map { index, status in row(t(status.nameTH, status.nameEN), cells[index], totals[index]) }
            statusTable = """
                <table class="data statistics" id="statistics-by-status"><caption>\(t("จำนวนเรื่องตามสถานะการดำเนินการ", "Reports by status"))</caption>
                <thead><tr><th scope="col">\(t("สถานะ", "Status"))</th>\(categoryHeads)<th scope="col" class="number">\(t("รวม", "Total"))</th></tr></thead>
                <tbody>\(rows)</tbody></table>
                """
        } else {
            statusTable = "<p class=\"muted\" id=\"status-withheld\">\(t("ปีนี้ไม่แสดงจำนวนตามสถานะ เพราะเมื่ออ่านคู่กับตารางข้างบนแล้วจะระบุเรื่องที่มีจำนวนน้อยได้", "Counts by status are not shown for this year: read with the table above they would single out a small group of reports."))</p>"
        }
        let note: HTML = s.hasProtectedFigures
            ? "<p class=\"muted statistics-note\">\(t("“<3” หมายถึง 1 หรือ 2 เรื่อง ตัวเลขแบบช่วง (เช่น 4–6) คือยอดรวมที่ไม่แสดงค่าที่แน่นอน เพื่อไม่ให้คำนวณย้อนกลับไปหาเรื่องที่มีจำนวนน้อยและระบุตัวผู้ร้องได้", "“<3” means 1 or 2 reports. A range (such as 4–6) is a total shown without its exact value, so that no one can work back to a small group of reports and the people behind them."))</p>"
            : .empty
        return """
            <section class="complaint-statistics" aria-labelledby="complaint-statistics-heading">
            <h\(level) id="complaint-statistics-heading">\(t("สถิติเรื่องร้องเรียน ปีงบประมาณ \(s.fiscalYear.buddhistEra)", "Complaint statistics, fiscal year \(s.fiscalYear.buddhistEra) (\(s.fiscalYear.christianEra - 1)–\(s.fiscalYear.christianEra))"))</h\(level)>
            <p class="statistics-total">\(t("จำนวนเรื่องที่ได้รับทั้งปี", "Reports received in the year")): <strong id="statistics-total">\(s.grandTotal.text)</strong></p>
            <table class="data statistics" id="statistics-by-month"><caption>\(t("จำนวนเรื่องที่ได้รับ แยกตามเดือนและประเภท", "Reports received by month and category"))</caption>
            <thead><tr><th scope="col">\(t("เดือน", "Month"))</th>\(categoryHeads)<th scope="col" class="number">\(t("รวม", "Total"))</th></tr></thead>
            <tbody>\(monthRows)</tbody>
            <tfoot>\(row(t("รวม", "Total"), s.categoryTotals, s.grandTotal))</tfoot></table>
            \(statusTable)
            \(note)
            <p class="muted">\(t("นับจากข้อมูลประเภท สถานะ และวันที่รับเรื่องเท่านั้น โดยไม่เปิดอ่านเนื้อหาของเรื่องใด", "Counted from category, status and date received only; no report was opened to count them."))</p>
            </section>
            """
    }

    private func row(_ label: String, _ cells: [StatisticsFigure], _ total: StatisticsFigure) -> HTML {
        let figures = (cells + [total]).map { figure -> HTML in "<td class=\"number\">\(figure.text)</td>" }
        return "<tr><th scope=\"row\">\(label)</th>\(figures)</tr>"
    }
}

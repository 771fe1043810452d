import Documents
import Foundation
import ThaiText
import Workbench

/// Checks and stores monthly meeting reports, and finds them again: shared by the pages, the API
/// and the documents.
struct MeetingRecorder {
    let environment: WebEnvironment

    /// Checks the submission against the plan year and stores the report.
    func record(_ submission: MeetingSubmission, year: Int, scope: AgencyScope) async throws -> MeetingReport {
        let now = environment.now()
        let month = try month(submission.month, planYear: year)
        let meetingDate = try meetingDate(submission.meetingDate, month: month, today: ThaiDate(now))
        let title = submission.title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard title.count <= 300 else {
            throw WebError.badInput("title", th: "ชื่อรายงานยาวเกิน 300 ตัวอักษร", en: "the title is longer than 300 characters")
        }
        let notes = submission.notes?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard notes.count <= 10_000 else {
            throw WebError.badInput("notes", th: "บันทึกยาวเกิน 10,000 ตัวอักษร", en: "the notes are longer than 10,000 characters")
        }
        let report = MeetingReport(
            id: Identifier(UUID()), agencyID: scope.agency.id, planYear: year, month: month, meetingDate: meetingDate,
            title: title.isEmpty ? MeetingReportDocument.defaultTitle(for: month) : title, notes: notes,
            createdBy: scope.user.displayName, createdAt: now)
        try await environment.repositories.plans.insertMeetingReport(report, actor: scope.identity.actor(at: now))
        return report
    }

    /// The meeting report with this id in any year of the scope's agency, or a 404.
    func meeting(_ text: String?, scope: AgencyScope) async throws -> MeetingReport {
        if let text, let id = Identifier<MeetingReport>(text) {
            for year in scope.years.reversed() {
                let reports = try await environment.repositories.plans.fetchMeetingReports(agency: scope.agency.id, year: year)
                if let report = reports.first(where: { $0.id == id }) { return report }
            }
        }
        throw WebError(.notFound, field: "meeting", th: "ไม่พบรายงานการประชุมนี้", en: "no such meeting report")
    }

    func month(_ text: String?, planYear: Int) throws -> YearMonth {
        guard let text else {
            throw WebError.badInput("month", th: "กรุณาเลือกเดือนที่รายงาน", en: "choose the month reviewed")
        }
        let fiscal = FiscalYear(planYear).period
        guard let month = Self.parseMonth(text) else {
            throw WebError.badInput(
                "month", th: "อ่านเดือน \(text) ไม่ได้ (เช่น 2565-11 หรือ พ.ย. 2565)",
                en: "cannot read the month \(text); write e.g. 2565-11 (Buddhist era) or พ.ย. 2565")
        }
        guard fiscal.contains(month) else {
            throw WebError.badInput(
                "month", th: "เดือนที่รายงานต้องอยู่ในปีงบประมาณ พ.ศ. \(planYear) (\(fiscal.thaiAbbreviated))",
                en: "the month must lie in fiscal year \(planYear) (\(fiscal.english))")
        }
        return month
    }

    /// "2565-11", or a Thai month followed by its พ.ศ. year ("พ.ย. 2565", "พฤศจิกายน พ.ศ. 2565").
    static func parseMonth(_ text: String) -> YearMonth? {
        let parts = text.split(separator: "-")
        if parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), let month = ThaiMonth(rawValue: number) {
            return year > 2400 ? YearMonth(year: year, month: month) : nil
        }
        let words = text.replacingOccurrences(of: "พ.ศ.", with: " ").split(whereSeparator: \.isWhitespace)
        guard let last = words.last, let year = Int(last), year > 2400, words.count >= 2,
              let month = ThaiMonth(thai: words.dropLast().joined()) else { return nil }
        return YearMonth(year: year, month: month)
    }

    func meetingDate(_ text: String?, month: YearMonth, today: ThaiDate) throws -> ThaiDate {
        guard let text, let date = CalendarDate.parse(iso8601: text) else {
            throw WebError.badInput(
                "meetingDate", th: "กรุณาระบุวันประชุมให้ถูกต้อง (ค.ศ. ปปปป-ดด-วว)", en: "give the meeting date as YYYY-MM-DD")
        }
        guard date >= CalendarDate.firstDay(of: month) else {
            throw WebError.badInput(
                "meetingDate", th: "วันประชุมต้องไม่ก่อนเดือนที่รายงาน (\(month.thaiFull))",
                en: "the meeting cannot be before the month it reviews (\(month.english))")
        }
        guard date <= today else {
            throw WebError.badInput("meetingDate", th: "วันประชุมต้องไม่เป็นวันในอนาคต", en: "the meeting date cannot be in the future")
        }
        return date
    }
}

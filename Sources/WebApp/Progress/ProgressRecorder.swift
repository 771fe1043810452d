import Foundation
import Storage
import ThaiText
import Workbench

/// Checks and stores progress reports: the one place the page and the API both go through, so
/// they accept and refuse exactly the same things.
struct ProgressRecorder {
    let environment: WebEnvironment

    /// Room for three slots of files at the limit each, plus the text fields.
    var bodyLimit: Int { environment.options.maxUploadBytes * 3 + 1_048_576 }

    /// The measure named by `:measure`, in the scope's agency, or a 404.
    func measure(_ context: AppRequestContext, scope: AgencyScope) async throws -> MeasureRecord {
        guard let text = context.parameters.get("measure"), let id = Identifier<MeasureRecord>(text),
              let measure = try await environment.repositories.plans.fetchMeasure(id: id, agency: scope.agency.id)
        else {
            throw WebError(.notFound, field: "measure", th: "ไม่พบมาตรการนี้", en: "no such measure")
        }
        return measure
    }

    /// measureWorker: the coordinator or an administrator, or a division head named in the measure.
    func requireWork(on measure: MeasureRecord, user: UserAccount) throws {
        guard Permissions.canWork(on: measure, user: user) else {
            throw WebError(
                .forbidden, th: "ท่านไม่ได้เป็นผู้รับผิดชอบมาตรการนี้ จึงรายงานผลไม่ได้",
                en: "you are not responsible for this measure, so you cannot report on it")
        }
    }

    /// The days a report on this measure may carry today.
    func window(for measure: MeasureRecord) -> ProgressDateWindow {
        ProgressDateWindow(period: measure.measure.period, today: ThaiDate(environment.now()))
    }

    /// Checks the whole submission, then stores the entry and its files in one `insertProgress`
    /// call, so a refusal leaves nothing behind.
    func record(_ submission: ProgressSubmission, on measure: MeasureRecord, identity: Identity) async throws
        -> (ProgressEntry, [EvidenceFile]) {
        let now = environment.now()
        let date = try entryDate(submission.date, measure: measure)
        let status = try status(submission.status)
        let percent = try percent(submission.percent)
        let text = try text(submission.text)
        let entry = ProgressEntry(
            id: Identifier(UUID()), measureID: measure.id, agencyID: measure.agencyID, date: date, text: text,
            status: status, percent: percent, authorID: identity.user.id, authorName: identity.user.displayName,
            createdAt: now)
        let intake = EvidenceIntake(maxBytes: environment.options.maxUploadBytes)
        let today = ThaiDate(now)
        let uploads = try submission.evidence.map { evidence in
            let (name, kind, sha256) = try intake.check(evidence.file)
            let effective = try effectiveDate(evidence.effectiveDate, field: evidence.effectiveField, default: date, today: today)
            let file = EvidenceFile(
                id: Identifier(UUID()), agencyID: measure.agencyID, measureID: measure.id, progressEntryID: entry.id,
                fileName: name, contentType: kind.mimeType, size: evidence.file.bytes.count, sha256: sha256,
                effectiveDate: effective, uploadedAt: now, uploadedBy: identity.user.displayName)
            return EvidenceUpload(file: file, bytes: evidence.file.bytes)
        }
        do {
            try await environment.repositories.plans.insertProgress(entry, evidence: uploads, actor: identity.actor(at: now))
        } catch StorageError.notFound {
            throw WebError(.notFound, field: "measure", th: "ไม่พบมาตรการนี้", en: "no such measure")
        }
        return (entry, uploads.map(\.file))
    }

    func entryDate(_ text: String?, measure: MeasureRecord) throws -> ThaiDate {
        guard let text else {
            throw WebError.badInput("date", th: "กรุณาระบุวันที่ดำเนินการ", en: "the date is required")
        }
        guard let date = CalendarDate.parse(iso8601: text) else {
            throw WebError.badInput("date", th: "วันที่ \(text) ไม่ถูกต้อง (ใช้รูปแบบ ค.ศ. ปปปป-ดด-วว)", en: "\(text) is not a valid date (use YYYY-MM-DD)")
        }
        let window = window(for: measure)
        guard window.contains(date) else {
            throw WebError.badInput(
                "date",
                th: "วันที่ดำเนินการต้องอยู่ระหว่าง \(window.earliest.thaiAbbreviated) ถึง \(window.latest.thaiAbbreviated) "
                    + "(ระยะเวลาของมาตรการ ก่อนและหลังได้ 2 เดือน และไม่เกินวันนี้)",
                en: "the date must lie between \(window.earliest.iso8601) and \(window.latest.iso8601): "
                    + "the measure's period give or take 2 months, and not in the future")
        }
        return date
    }

    func status(_ text: String?) throws -> ProgressStatus {
        guard let text, let status = ProgressStatus(rawValue: text) else {
            let names = ProgressStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw WebError.badInput("status", th: "กรุณาเลือกสถานะ (\(names))", en: "choose a status: \(names)")
        }
        return status
    }

    func percent(_ text: String?) throws -> Int {
        guard let text, let value = Int(text), (0...100).contains(value) else {
            throw WebError.badInput("percent", th: "ร้อยละความก้าวหน้าต้องเป็นจำนวนเต็ม 0 ถึง 100", en: "the percentage must be a whole number from 0 to 100")
        }
        return value
    }

    func text(_ text: String?) throws -> String {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            throw WebError.badInput("text", th: "กรุณากรอกผลการดำเนินการ", en: "describe what was done")
        }
        guard text.count <= 5000 else {
            throw WebError.badInput("text", th: "ผลการดำเนินการยาวเกิน 5,000 ตัวอักษร", en: "the text is longer than 5,000 characters")
        }
        return text
    }

    /// A file's effective date: the entry's date unless given; any real day up to today, since
    /// evidence may predate the work it supports (an order signed before the period).
    func effectiveDate(_ text: String?, field: String, default date: ThaiDate, today: ThaiDate) throws -> ThaiDate {
        guard let text else { return date }
        guard let effective = CalendarDate.parse(iso8601: text), effective <= today else {
            throw WebError.badInput(
                field, th: "วันที่ของหลักฐาน \(text) ไม่ถูกต้องหรือเป็นวันในอนาคต",
                en: "the evidence date \(text) is not a valid date or lies in the future")
        }
        return effective
    }
}

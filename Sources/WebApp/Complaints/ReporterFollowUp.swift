import ComplaintCrypto
import Complaints
import Foundation
import Storage
import Workbench

/// The reporter's side after filing: opening the case with the receipt (limited against guessing), and
/// adding information with the follow-up token the opened page carries.
struct ReporterFollowUp {
    let services: ComplaintServices
    /// How long a follow-up page may add information before the receipt must be entered again.
    static let tokenLifetime: TimeInterval = 2 * 3600

    /// The case a typed receipt opens, or a refusal: 400 for something that is not 16 digits (no guess
    /// is counted), 404 for a receipt that opens nothing here (counted), 429 while the agency is locked.
    func open(receipt typed: String, agency: AgencyRecord) async throws -> OpenedCase {
        let now = services.environment.now()
        if let until = services.guesses.lockedUntil(agency.id, at: now) {
            throw ReceiptGuessThrottle.refusal(until: until, now: now)
        }
        guard let receipt = ReceiptNumber(typed: typed) else {
            throw WebError.badInput("receipt", th: "เลขรับเรื่องต้องเป็นตัวเลข 16 หลัก", en: "a receipt is 16 digits")
        }
        // The try is counted before the slow KDF, so concurrent guesses cannot all run it.
        // Honest reporters opening their reports at one moment wait for a slot (up to a minute on a busy
        // server) rather than being refused; a lockout after wrong receipts still refuses at once.
        if let until = await services.guesses.reserve(agency.id, patience: 60, now: services.environment.now) {
            throw ReceiptGuessThrottle.refusal(until: until, now: services.environment.now())
        }
        let installation: ComplaintInstallation
        let secrets: ReceiptSecrets
        let found: ComplaintRecord?
        do {
            installation = try await services.installation()
            secrets = try await services.stretch { try ReceiptKeyDerivation.derive(receipt, installation: installation) }
            found = try await services.repository.fetchComplaint(receiptLookup: secrets.lookup)
        } catch {
            // A failure that says nothing about the receipt gives its reservation back, so it cannot
            // hold a slot of the agency's limit for the whole window.
            services.guesses.release(agency.id)
            throw error
        }
        guard let record = found, record.agencyID == agency.id,
              let wrap = record.wrap(for: .reporter),
              let keys = try? CaseKeyWrapping.openAsReporter(wrap, reporterKey: secrets.reporterKey, complaint: record.id)
        else {
            services.guesses.recordFailure(agency.id, at: now)
            throw WebError(
                .notFound, field: "receipt", th: "ไม่พบเรื่องที่ตรงกับเลขรับเรื่องนี้ กรุณาตรวจสอบตัวเลขอีกครั้ง",
                en: "no report matches this receipt; please check the digits")
        }
        services.guesses.release(agency.id)
        return try await OpenedCase.open(record, keys: keys, repository: services.repository)
    }

    /// The case a follow-up token opens, or nil when the token has expired or was altered.
    func open(token: String, agency: AgencyRecord) async throws -> OpenedCase? {
        let tokens = try await services.formTokens()
        guard let (id, keys) = tokens.openFollowUpToken(token, agency: agency.slug, at: services.environment.now()),
              let record = try await services.repository.fetchComplaint(id: id), record.agencyID == agency.id
        else { return nil }
        return try await OpenedCase.open(record, keys: keys, repository: services.repository)
    }

    /// A token for the page that shows an opened case.
    func token(for opened: OpenedCase, agency: AgencyRecord) async throws -> String {
        try await services.formTokens().followUpToken(
            complaint: opened.record.id, keys: opened.keys, agency: agency.slug,
            expires: services.environment.now().addingTimeInterval(Self.tokenLifetime))
    }

    /// Stores what the reporter adds, sealed with the report key, dated by day only and not audited.
    func add(text: String, files: [ComplaintSubmission.File], to opened: OpenedCase) async throws -> OpenedCase {
        let entry = try CaseSealing.entry(
            .reporterMessage, content: MessageContent(text: text), complaint: opened.record.id, keys: opened.keys, author: nil,
            day: services.today)
        let attachments = try CaseSealing.attachments(files, entry: entry, keys: opened.keys)
        _ = try await services.repository.appendEntry(entry, attachments: attachments, actor: nil)
        guard let record = try await services.repository.fetchComplaint(id: opened.record.id) else { throw WebError.notFound }
        return try await OpenedCase.open(record, keys: opened.keys, repository: services.repository)
    }
}

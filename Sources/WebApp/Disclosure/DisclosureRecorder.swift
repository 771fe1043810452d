import Criteria
import Disclosure
import Foundation
import LinkChecking
import Storage
import Workbench

/// The writes of the disclosure pages and the API, one place for both so they accept and refuse the
/// same things: an item's record, its documents, the settings, a check with links, a freeze.
struct DisclosureRecorder {
    let environment: WebEnvironment
    /// Bounds of a "check now": a few seconds per link, a few links at a time, a cap on requests.
    static let linkPolicy = LinkCheckPolicy(timeout: 5, maxRequests: 120, concurrency: 4, maxRedirects: 3)

    /// The bounds above, with the tests' loopback allowance when the options carry it.
    var linkPolicy: LinkCheckPolicy {
        var policy = Self.linkPolicy
        policy.allowLoopbackForTests = environment.options.linkCheckAllowsLoopbackForTests
        return policy
    }

    func save(_ form: DisclosureForm, item: Item, scope: DisclosureScope) async throws -> DisclosureRecord {
        let actor = scope.agency.identity.actor(at: environment.now())
        let record = try form.record(for: item, year: scope.year, agency: scope.agency.agency.id, actor: actor)
        try await environment.repositories.disclosures.saveDisclosureRecord(record, actor: actor)
        return record
    }

    func upload(_ files: [FormData.File], item: Item, scope: DisclosureScope) async throws -> [DisclosureDocument] {
        guard !files.isEmpty else {
            throw WebError.badInput("document", th: "กรุณาเลือกไฟล์ที่จะอัปโหลด", en: "choose a file to upload")
        }
        let now = environment.now()
        let intake = EvidenceIntake(maxBytes: environment.options.maxUploadBytes)
        // Every file is checked before any is stored, so a refusal leaves nothing behind.
        let uploads = try files.map { file in
            let (name, kind, sha256) = try intake.check(file)
            return DisclosureUpload(
                document: DisclosureDocument(
                    id: Identifier(UUID()), agencyID: scope.agency.agency.id, fiscalYear: scope.year, itemCode: item.code,
                    fileName: name, contentType: kind.mimeType, size: file.bytes.count, sha256: sha256, uploadedAt: now,
                    uploadedBy: scope.agency.user.displayName),
                bytes: file.bytes)
        }
        for upload in uploads {
            try await environment.repositories.disclosures.insertDisclosureDocument(upload, actor: scope.agency.identity.actor(at: now))
        }
        return uploads.map(\.document)
    }

    func delete(_ text: String?, scope: DisclosureScope) async throws {
        guard let text, let id = Identifier<DisclosureDocument>(text) else {
            throw WebError(.notFound, field: "document", th: "ไม่พบเอกสารนี้", en: "no such document")
        }
        do {
            try await environment.repositories.disclosures.deleteDisclosureDocument(
                id: id, agency: scope.agency.agency.id, actor: scope.agency.identity.actor(at: environment.now()))
        } catch StorageError.notFound {
            throw WebError(.notFound, field: "document", th: "ไม่พบเอกสารนี้", en: "no such document")
        }
    }

    func saveSettings(_ form: DisclosureSettingsForm, scope: DisclosureScope) async throws -> DisclosureSettings {
        let actor = scope.agency.identity.actor(at: environment.now())
        let settings = try form.settings(agency: scope.agency.agency.id, actor: actor)
        try await DisclosureSettingsForm.refuseInternalAddresses(
            settings, allowLoopback: environment.options.linkCheckAllowsLoopbackForTests)
        try await environment.repositories.disclosures.saveDisclosureSettings(settings, actor: actor)
        return settings
    }

    /// Opens the links on the main domain (bounded), then checks and predicts.
    func checkWithLinks(_ workspace: DisclosureWorkspace) async throws -> (DisclosureCheck, [LinkStatus], DisclosurePrediction?) {
        var statuses: [LinkStatus] = []
        if let domain = workspace.settings.mainDomain {
            let urls = DisclosureLinks.toCheck(workspace.records, domain: domain, limit: Self.linkPolicy.maxRequests)
            statuses = await LinkChecker(policy: linkPolicy).check(urls, domain: domain)
        }
        let check = workspace.checker(linkStatuses: statuses).check(workspace.records)
        return (check, statuses, try await workspace.prediction(check, environment: environment))
    }

    /// Freezes the answer sheet as it stands now.
    func freeze(_ workspace: DisclosureWorkspace) async throws -> DisclosureSubmission {
        let scope = workspace.scope
        let sheet = workspace.answerSheet()
        let now = environment.now()
        let submission = DisclosureSubmission(
            id: Identifier(UUID()), agencyID: scope.agency.agency.id, fiscalYear: scope.year, submittedAt: now,
            submittedBy: scope.agency.user.displayName, sheet: sheet, sha256: EvidenceIntake.sha256(sheet.canonicalJSON))
        let actor = scope.agency.identity.actor(at: now)
        try await environment.repositories.disclosures.insertDisclosureSubmission(submission, actor: actor)
        try await CriteriaUseRecorder(environment: environment).recordDisclosure(agency: scope.agency.agency.id, year: scope.year, actor: actor)
        return submission
    }

    /// A submission of the scope's agency by `:submission`, or a 404.
    func submission(_ text: String?, scope: DisclosureScope) async throws -> DisclosureSubmission {
        guard let text, let id = Identifier<DisclosureSubmission>(text),
              let submission = try await environment.repositories.disclosures.fetchDisclosureSubmission(id: id, agency: scope.agency.agency.id)
        else { throw WebError(.notFound, field: "submission", th: "ไม่พบแบบตอบที่ส่งนี้", en: "no such submission") }
        return submission
    }
}

import Disclosure
import Foundation
import Storage
import Testing
import ThaiText
import Workbench

/// The disclosure repository's contract, once per adapter: records with their documents, settings,
/// frozen submissions that nothing can change, the watch log, each write with its audit event.
@Suite(.serialized) struct DisclosureContractTests {
    typealias F = StorageFixtures

    static func record(_ agency: AgencyRecord, _ item: String, year: Int = 2566) -> DisclosureRecord {
        DisclosureRecord(
            agencyID: agency.id, fiscalYear: year, itemCode: item,
            links: [DisclosureLink(url: "https://www.thapkhlo.go.th/ita/\(item.lowercased())", location: "เมนู ITA > \(item)")],
            components: [ComponentEvidence(componentID: "\(item).1", evidence: "หน้า 2")],
            period: FiscalYear(year).period, months: [YearMonth(year: year - 1, month: .october)], responsible: "สำนักปลัด",
            dueDate: ThaiDate(year: year, month: .march, day: 31), note: "หมายเหตุ", updatedAt: F.now, updatedBy: "ผู้ประสานงาน")
    }

    static func upload(_ agency: AgencyRecord, _ item: String, bytes: String, name: String = "โครงสร้าง.pdf") -> DisclosureUpload {
        DisclosureUpload(
            document: DisclosureDocument(
                id: Identifier(UUID()), agencyID: agency.id, fiscalYear: 2566, itemCode: item, fileName: name,
                contentType: "application/pdf", size: bytes.utf8.count, sha256: String(repeating: "b", count: 64),
                uploadedAt: F.now, uploadedBy: "ผู้ประสานงาน"),
            bytes: Data(bytes.utf8))
    }

    static func sheet() -> AnswerSheet {
        AnswerSheet(agencyName: "องค์การบริหารส่วนตำบลทับคล้อ", fiscalYear: 2566, rows: [
            .init(itemCode: "O1", subIndicator: "9.1", title: "โครงสร้าง", published: true,
                  urls: ["https://www.thapkhlo.go.th/ita/o1"], locations: ["เมนู ITA"]),
            .init(itemCode: "O2", subIndicator: "9.1", title: "ข้อมูลผู้บริหาร", published: false, urls: [], locations: []),
        ])
    }

    @Test(arguments: StorageAdapter.all)
    func recordsAreSavedReplacedAndReadWithTheirDocuments(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        let other = F.agency("wangsai")
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        try await store.agencies.insertAgency(other, divisions: [], actor: F.actor)
        var o1 = Self.record(agency, "O1")
        try await store.disclosures.saveDisclosureRecord(o1, actor: F.actor)
        try await store.disclosures.saveDisclosureRecord(Self.record(agency, "O23"), actor: F.actor)
        try await store.disclosures.saveDisclosureRecord(Self.record(other, "O1"), actor: F.actor)
        try await store.disclosures.saveDisclosureRecord(Self.record(agency, "O1", year: 2565), actor: F.actor)
        #expect(try await store.disclosures.fetchDisclosureRecords(agency: agency.id, year: 2566) == [o1, Self.record(agency, "O23")])

        o1.links.append(DisclosureLink(url: "https://www.thapkhlo.go.th/ita/o1-2", location: "ท้ายหน้า"))
        o1.components = []
        try await store.disclosures.saveDisclosureRecord(o1, actor: F.actor)
        #expect(try await store.disclosures.fetchDisclosureRecord(agency: agency.id, year: 2566, item: "o1") == o1)

        let upload = Self.upload(agency, "O1", bytes: "%PDF-1.4 โครงสร้าง")
        try await store.disclosures.insertDisclosureDocument(upload, actor: F.actor)
        // The same bytes again: one blob, two documents.
        let again = Self.upload(agency, "O1", bytes: "%PDF-1.4 โครงสร้าง", name: "สำเนา.pdf")
        try await store.disclosures.insertDisclosureDocument(again, actor: F.actor)
        let read = try #require(try await store.disclosures.fetchDisclosureRecord(agency: agency.id, year: 2566, item: "O1"))
        #expect(Set(read.documents) == [upload.document, again.document])
        // Saving the record without its documents keeps them.
        try await store.disclosures.saveDisclosureRecord(o1, actor: F.actor)
        #expect(try await store.disclosures.fetchDisclosureRecord(agency: agency.id, year: 2566, item: "O1")?.documents.count == 2)

        let fetched = try #require(try await store.disclosures.fetchDisclosureDocument(id: upload.document.id, agency: agency.id))
        #expect(fetched.0 == upload.document && fetched.1 == upload.bytes)
        #expect(try await store.disclosures.fetchDisclosureDocument(id: upload.document.id, agency: other.id) == nil)
        await #expect(throws: StorageError.notFound(entity: "document", id: upload.document.id.description)) {
            try await store.disclosures.deleteDisclosureDocument(id: upload.document.id, agency: other.id, actor: F.actor)
        }
        try await store.disclosures.deleteDisclosureDocument(id: upload.document.id, agency: agency.id, actor: F.actor)
        #expect(try await store.disclosures.fetchDisclosureRecord(agency: agency.id, year: 2566, item: "O1")?.documents == [again.document])
        #expect(try await store.disclosures.fetchDisclosureDocument(id: again.document.id, agency: agency.id)?.1 == upload.bytes)

        // A document of an item without a saved record still shows, in an empty record of its own.
        let lone = Self.upload(agency, "O5", bytes: "%PDF-1.4 ที่อยู่")
        try await store.disclosures.insertDisclosureDocument(lone, actor: F.actor)
        let o5 = try #require(try await store.disclosures.fetchDisclosureRecord(agency: agency.id, year: 2566, item: "O5"))
        #expect(o5.documents == [lone.document] && o5.links.isEmpty)
        #expect(try await store.disclosures.fetchDisclosureRecords(agency: agency.id, year: 2566).map(\.itemCode) == ["O1", "O23", "O5"])

        let events = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 20).map { "\($0.entity) \($0.action)" }
        #expect(events.prefix(7) == [
            "disclosureDocument create", "disclosureDocument delete", "disclosure update", "disclosureDocument create", "disclosureDocument create",
            "disclosure update", "disclosure create",
        ])
    }

    @Test(arguments: StorageAdapter.all)
    func aRecordOfAnUnknownAgencyIsRefused(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let ghost = F.agency()
        await #expect(throws: StorageError.notFound(entity: "agency", id: ghost.id.description)) {
            try await store.disclosures.saveDisclosureRecord(Self.record(ghost, "O1"), actor: F.actor)
        }
        #expect(try await store.audit.fetchAuditEvents(agency: nil, limit: 10).isEmpty)
    }

    @Test(arguments: StorageAdapter.all)
    func settingsAreSavedAndReplaced(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        #expect(try await store.disclosures.fetchDisclosureSettings(agency: agency.id) == nil)
        var settings = DisclosureSettings(
            agencyID: agency.id, mainWebsite: "https://www.thapkhlo.go.th", updatedAt: F.now, updatedBy: "ผู้ประสานงาน")
        try await store.disclosures.saveDisclosureSettings(settings, actor: F.actor)
        settings.reviewStart = ThaiDate(year: 2566, month: .may, day: 1)
        settings.reviewEnd = ThaiDate(year: 2566, month: .june, day: 30)
        settings.publicSite = "https://ita.thapkhlo.go.th"
        try await store.disclosures.saveDisclosureSettings(settings, actor: F.actor)
        #expect(try await store.disclosures.fetchDisclosureSettings(agency: agency.id) == settings)
        #expect(try await store.disclosures.fetchAllDisclosureSettings() == [settings])
        let actions = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 2).map(\.action)
        #expect(actions == ["update", "create"])
    }

    @Test(arguments: StorageAdapter.all)
    func submissionsAreFrozen(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let first = DisclosureSubmission(
            id: Identifier(UUID()), agencyID: agency.id, fiscalYear: 2566, submittedAt: F.now, submittedBy: "ผู้ประสานงาน",
            sheet: Self.sheet(), sha256: String(repeating: "c", count: 64))
        var second = first
        second.id = Identifier(UUID())
        second.submittedAt = F.now.addingTimeInterval(60)
        try await store.disclosures.insertDisclosureSubmission(first, actor: F.actor)
        try await store.disclosures.insertDisclosureSubmission(second, actor: F.actor)

        // The only write there is refuses an existing id: a frozen sheet cannot be replaced.
        var altered = first
        altered.sheet.rows[1].published = true
        altered.sheet.rows[1].urls = ["https://www.thapkhlo.go.th/later"]
        await #expect(throws: StorageError.duplicate(field: "submission", value: first.id.description)) {
            try await store.disclosures.insertDisclosureSubmission(altered, actor: F.actor)
        }
        #expect(try await store.disclosures.fetchDisclosureSubmission(id: first.id, agency: agency.id) == first)
        #expect(try await store.disclosures.fetchDisclosureSubmissions(agency: agency.id, year: 2566) == [second, first])
        #expect(try await store.disclosures.fetchDisclosureSubmissions(agency: agency.id, year: 2565).isEmpty)
        #expect(try await store.disclosures.fetchDisclosureSubmission(id: first.id, agency: F.agency("other").id) == nil)
    }

    @Test(arguments: StorageAdapter.all)
    func theWatchLogIsNewestFirstAndAudited(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        func entry(_ seconds: TimeInterval, _ url: String, ok: Bool) -> WatchLogEntry {
            WatchLogEntry(
                id: Identifier(UUID()), agencyID: agency.id, fiscalYear: 2566, checkedAt: F.now.addingTimeInterval(seconds),
                url: url, status: ok ? 200 : nil, ok: ok, detail: ok ? "" : "timed out")
        }
        let early = [entry(0, "https://www.thapkhlo.go.th/a", ok: true), entry(0, "https://www.thapkhlo.go.th/b", ok: false)]
        let late = [entry(300, "https://www.thapkhlo.go.th/a", ok: true)]
        try await store.disclosures.insertWatchLogEntries(early, actor: .system(at: F.now))
        try await store.disclosures.insertWatchLogEntries(late, actor: .system(at: F.now))
        try await store.disclosures.insertWatchLogEntries([], actor: .system(at: F.now))
        #expect(try await store.disclosures.fetchWatchLog(agency: agency.id, year: 2566, limit: 10) == [late[0], early[1], early[0]])
        #expect(try await store.disclosures.fetchWatchLog(agency: agency.id, year: 2566, limit: 1) == [late[0]])
        #expect(try await store.disclosures.fetchWatchLog(agency: agency.id, year: 2565, limit: 10).isEmpty)
        #expect(try await store.audit.fetchAuditEvents(agency: agency.id, limit: 5).filter { $0.entity == "watchLog" }.count == 2)
    }
}

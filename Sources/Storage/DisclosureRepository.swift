import Disclosure
import Foundation
import Workbench

/// OIT disclosure: records per item, uploaded documents, the agency's settings, frozen submissions
/// and the watch log. Every write is one transaction together with its audit event.
public protocol DisclosureRepository: Sendable {
    /// The year's records, each with its uploaded documents, ordered by item code.
    func fetchDisclosureRecords(agency: Identifier<AgencyRecord>, year: Int) async throws -> [DisclosureRecord]
    /// Inserts or replaces the record of one item (its `documents` are ignored: they have their own calls).
    func saveDisclosureRecord(_ record: DisclosureRecord, actor: Actor) async throws

    /// Stores a document's bytes (once per SHA-256) and its record.
    func insertDisclosureDocument(_ upload: DisclosureUpload, actor: Actor) async throws
    /// Removes a document's record; another agency's id throws `.notFound`. The bytes stay while anything uses them.
    func deleteDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>, actor: Actor) async throws
    /// One document with its bytes, only within its agency.
    func fetchDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>) async throws
        -> (DisclosureDocument, Data)?

    func fetchDisclosureSettings(agency: Identifier<AgencyRecord>) async throws -> DisclosureSettings?
    /// Every agency's settings, for the watch job.
    func fetchAllDisclosureSettings() async throws -> [DisclosureSettings]
    /// Inserts or replaces the agency's settings.
    func saveDisclosureSettings(_ settings: DisclosureSettings, actor: Actor) async throws

    /// Freezes a submission; it can never be changed or removed, and a taken id throws `.duplicate`.
    func insertDisclosureSubmission(_ submission: DisclosureSubmission, actor: Actor) async throws
    /// The year's submissions, newest first.
    func fetchDisclosureSubmissions(agency: Identifier<AgencyRecord>, year: Int) async throws -> [DisclosureSubmission]
    func fetchDisclosureSubmission(id: Identifier<DisclosureSubmission>, agency: Identifier<AgencyRecord>) async throws
        -> DisclosureSubmission?

    /// Appends the entries of one watch run (all of one agency), with one audit event for the run.
    func insertWatchLogEntries(_ entries: [WatchLogEntry], actor: Actor) async throws
    /// The year's watch log, newest first, at most `limit` entries.
    func fetchWatchLog(agency: Identifier<AgencyRecord>, year: Int, limit: Int) async throws -> [WatchLogEntry]
}

extension DisclosureRepository {
    /// One item's record, with its documents, or nil.
    public func fetchDisclosureRecord(agency: Identifier<AgencyRecord>, year: Int, item: String) async throws -> DisclosureRecord? {
        try await fetchDisclosureRecords(agency: agency, year: year).first { $0.itemCode.uppercased() == item.uppercased() }
    }
}

/// Checks every adapter makes before a write, so they refuse the same things the same way.
public enum DisclosureRules {
    /// A watch run is one agency's; mixing agencies would file entries under the wrong audit event.
    public static func requireOneAgency(_ entries: [WatchLogEntry]) throws -> Identifier<AgencyRecord>? {
        guard let first = entries.first else { return nil }
        guard entries.allSatisfy({ $0.agencyID == first.agencyID }) else {
            throw StorageError.conflict("a watch run belongs to one agency")
        }
        return first.agencyID
    }

    /// Records are keyed by the code as the criteria spell it, upper-case.
    public static func key(_ record: DisclosureRecord) -> String {
        "\(record.agencyID)/\(record.fiscalYear)/\(record.itemCode.uppercased())"
    }

    /// The record as stored: without its documents, which live in their own table.
    public static func stored(_ record: DisclosureRecord) -> DisclosureRecord {
        var stored = record
        stored.itemCode = record.itemCode.uppercased()
        stored.documents = []
        return stored
    }

    /// Records with their documents attached; an item that has documents but no saved record yet gets
    /// an empty record holding them, so no upload goes unseen. Ordered by item code.
    public static func attach(
        _ documents: [DisclosureDocument], to records: [DisclosureRecord], agency: Identifier<AgencyRecord>, year: Int
    ) -> [DisclosureRecord] {
        let byItem = Dictionary(grouping: documents, by: \.itemCode)
        var result = records.map { record in
            var record = record
            record.documents = ordered(byItem[record.itemCode] ?? [])
            return record
        }
        let saved = Set(records.map(\.itemCode))
        for (code, files) in byItem where !saved.contains(code) {
            let files = ordered(files)
            result.append(DisclosureRecord(
                agencyID: agency, fiscalYear: year, itemCode: code, documents: files,
                updatedAt: files.last?.uploadedAt ?? Date(timeIntervalSince1970: 0), updatedBy: files.last?.uploadedBy ?? ""))
        }
        return result.sorted { $0.itemCode < $1.itemCode }
    }

    /// Documents in the order every adapter returns them.
    public static func ordered(_ documents: [DisclosureDocument]) -> [DisclosureDocument] {
        documents.sorted { ($0.uploadedAt, $0.fileName, $0.id) < ($1.uploadedAt, $1.fileName, $1.id) }
    }
}

import Disclosure
import Foundation
import Workbench

extension InMemoryStore: DisclosureRepository {
    public func fetchDisclosureRecords(agency: Identifier<AgencyRecord>, year: Int) -> [DisclosureRecord] {
        let documents = disclosure.documents.values.filter { $0.agencyID == agency && $0.fiscalYear == year }
        let records = disclosure.records.values.filter { $0.agencyID == agency && $0.fiscalYear == year }
        return DisclosureRules.attach(Array(documents), to: Array(records), agency: agency, year: year)
    }

    public func saveDisclosureRecord(_ record: DisclosureRecord, actor: Actor) throws {
        guard agencies[record.agencyID] != nil else { throw StorageError.notFound(entity: "agency", id: record.agencyID.description) }
        let key = DisclosureRules.key(record)
        let stored = DisclosureRules.stored(record)
        let before = disclosure.records[key]
        disclosure.records[key] = stored
        audit.append(.change(before == nil ? "create" : "update", entity: "disclosure", entityID: key, agencyID: record.agencyID, before: before, after: stored, actor: actor))
    }

    public func insertDisclosureDocument(_ upload: DisclosureUpload, actor: Actor) throws {
        let document = upload.document
        guard agencies[document.agencyID] != nil else { throw StorageError.notFound(entity: "agency", id: document.agencyID.description) }
        guard disclosure.documents[document.id] == nil else { throw StorageError.duplicate(field: "document", value: document.id.description) }
        var stored = document
        stored.itemCode = document.itemCode.uppercased()
        if blobs[document.sha256] == nil { blobs[document.sha256] = upload.bytes }
        disclosure.documents[document.id] = stored
        audit.append(.change("create", entity: "disclosureDocument", entityID: document.id.description, agencyID: document.agencyID, before: DisclosureDocument?.none, after: stored, actor: actor))
    }

    public func deleteDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>, actor: Actor) throws {
        guard let old = disclosure.documents[id], old.agencyID == agency else {
            throw StorageError.notFound(entity: "document", id: id.description)
        }
        disclosure.documents[id] = nil
        audit.append(.change("delete", entity: "disclosureDocument", entityID: id.description, agencyID: agency, before: old, after: DisclosureDocument?.none, actor: actor))
    }

    public func fetchDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>) -> (DisclosureDocument, Data)? {
        guard let document = disclosure.documents[id], document.agencyID == agency, let bytes = blobs[document.sha256] else { return nil }
        return (document, bytes)
    }

    public func fetchDisclosureSettings(agency: Identifier<AgencyRecord>) -> DisclosureSettings? { disclosure.settings[agency] }

    public func fetchAllDisclosureSettings() -> [DisclosureSettings] {
        disclosure.settings.values.sorted { $0.agencyID < $1.agencyID }
    }

    public func saveDisclosureSettings(_ settings: DisclosureSettings, actor: Actor) throws {
        guard agencies[settings.agencyID] != nil else { throw StorageError.notFound(entity: "agency", id: settings.agencyID.description) }
        let before = disclosure.settings[settings.agencyID]
        disclosure.settings[settings.agencyID] = settings
        audit.append(.change(before == nil ? "create" : "update", entity: "disclosureSettings", entityID: settings.agencyID.description, agencyID: settings.agencyID, before: before, after: settings, actor: actor))
    }

    public func insertDisclosureSubmission(_ submission: DisclosureSubmission, actor: Actor) throws {
        guard agencies[submission.agencyID] != nil else { throw StorageError.notFound(entity: "agency", id: submission.agencyID.description) }
        guard !disclosure.submissions.contains(where: { $0.id == submission.id }) else {
            throw StorageError.duplicate(field: "submission", value: submission.id.description)
        }
        disclosure.submissions.append(submission)
        audit.append(.change("freeze", entity: "disclosureSubmission", entityID: submission.id.description, agencyID: submission.agencyID, before: DisclosureSubmission?.none, after: submission, actor: actor))
    }

    public func fetchDisclosureSubmissions(agency: Identifier<AgencyRecord>, year: Int) -> [DisclosureSubmission] {
        disclosure.submissions.filter { $0.agencyID == agency && $0.fiscalYear == year }
            .sorted { ($0.submittedAt, $0.id) > ($1.submittedAt, $1.id) }
    }

    public func fetchDisclosureSubmission(id: Identifier<DisclosureSubmission>, agency: Identifier<AgencyRecord>) -> DisclosureSubmission? {
        disclosure.submissions.first { $0.id == id && $0.agencyID == agency }
    }

    public func insertWatchLogEntries(_ entries: [WatchLogEntry], actor: Actor) throws {
        guard let agency = try DisclosureRules.requireOneAgency(entries) else { return }
        guard agencies[agency] != nil else { throw StorageError.notFound(entity: "agency", id: agency.description) }
        disclosure.watchLog.append(contentsOf: entries)
        audit.append(.change("watch", entity: "watchLog", entityID: agency.description, agencyID: agency, before: [WatchLogEntry]?.none, after: entries, actor: actor))
    }

    public func fetchWatchLog(agency: Identifier<AgencyRecord>, year: Int, limit: Int) -> [WatchLogEntry] {
        Array(disclosure.watchLog.filter { $0.agencyID == agency && $0.fiscalYear == year }
            .sorted { ($0.checkedAt, $0.url) > ($1.checkedAt, $1.url) }.prefix(max(limit, 0)))
    }
}

/// The disclosure part of the in-memory store's state.
struct InMemoryDisclosure {
    var records: [String: DisclosureRecord] = [:]
    var documents: [Identifier<DisclosureDocument>: DisclosureDocument] = [:]
    var settings: [Identifier<AgencyRecord>: DisclosureSettings] = [:]
    var submissions: [DisclosureSubmission] = []
    var watchLog: [WatchLogEntry] = []
}

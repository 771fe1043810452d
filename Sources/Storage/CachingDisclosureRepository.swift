import Disclosure
import Foundation
import Workbench

/// Disclosure reads go straight to storage; writes that change the public page bump the agency's
/// generation, so the cached public page is rendered again.
struct CachingDisclosureRepository: DisclosureRepository {
    let cache: CachingRepositories
    var base: any DisclosureRepository { cache.base.disclosures }

    func fetchDisclosureRecords(agency: Identifier<AgencyRecord>, year: Int) async throws -> [DisclosureRecord] {
        try await base.fetchDisclosureRecords(agency: agency, year: year)
    }

    func saveDisclosureRecord(_ record: DisclosureRecord, actor: Actor) async throws {
        try await cache.write(.disclosure(record.agencyID)) { try await base.saveDisclosureRecord(record, actor: actor) }
    }

    func insertDisclosureDocument(_ upload: DisclosureUpload, actor: Actor) async throws {
        try await cache.write(.disclosure(upload.document.agencyID)) { try await base.insertDisclosureDocument(upload, actor: actor) }
    }

    func deleteDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        try await cache.write(.disclosure(agency)) { try await base.deleteDisclosureDocument(id: id, agency: agency, actor: actor) }
    }

    func fetchDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>) async throws
        -> (DisclosureDocument, Data)? {
        try await base.fetchDisclosureDocument(id: id, agency: agency)
    }

    func fetchDisclosureSettings(agency: Identifier<AgencyRecord>) async throws -> DisclosureSettings? {
        try await base.fetchDisclosureSettings(agency: agency)
    }

    func fetchAllDisclosureSettings() async throws -> [DisclosureSettings] { try await base.fetchAllDisclosureSettings() }

    func saveDisclosureSettings(_ settings: DisclosureSettings, actor: Actor) async throws {
        try await cache.write(.disclosure(settings.agencyID)) { try await base.saveDisclosureSettings(settings, actor: actor) }
    }

    func insertDisclosureSubmission(_ submission: DisclosureSubmission, actor: Actor) async throws {
        try await base.insertDisclosureSubmission(submission, actor: actor)
    }

    func fetchDisclosureSubmissions(agency: Identifier<AgencyRecord>, year: Int) async throws -> [DisclosureSubmission] {
        try await base.fetchDisclosureSubmissions(agency: agency, year: year)
    }

    func fetchDisclosureSubmission(id: Identifier<DisclosureSubmission>, agency: Identifier<AgencyRecord>) async throws
        -> DisclosureSubmission? {
        try await base.fetchDisclosureSubmission(id: id, agency: agency)
    }

    func insertWatchLogEntries(_ entries: [WatchLogEntry], actor: Actor) async throws {
        try await base.insertWatchLogEntries(entries, actor: actor)
    }

    func fetchWatchLog(agency: Identifier<AgencyRecord>, year: Int, limit: Int) async throws -> [WatchLogEntry] {
        try await base.fetchWatchLog(agency: agency, year: year, limit: limit)
    }
}

import Foundation
import Storage
import Testing
import Workbench

/// The criteria repository's contract, once per adapter: versions numbered per year, files kept byte for
/// byte, saves that race never sharing a number, uses replaced per agency and subject, each write audited.
@Suite(.serialized) struct CriteriaRepositoryContractTests {
    typealias F = StorageFixtures

    /// A criteria file as an administrator might upload it: Thai text, keys out of order, odd spacing and a
    /// trailing newline, all of which must come back unchanged.
    static func file(_ title: String) -> Data {
        Data("{\"year\": 2570,  \"items\": [{\"code\": \"O7\", \"title\": \"\(title)\"}],\n\t\"_note\": \"ไฟล์เกณฑ์\"}\n".utf8)
    }

    @Test(arguments: StorageAdapter.all)
    func versionsAreNumberedPerYearAndComeBackByteForByte(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        #expect(try await store.criteria.fetchCriteriaVersions(fiscalYear: nil) == [])
        var saved: [StoredCriteriaVersion] = []
        for (year, title) in [(2570, "รายงานผล"), (2569, "แผนงาน"), (2570, "รายงานผล ฉบับแก้"), (2569, "แผน"), (2570, "ก")] {
            saved.append(try await store.criteria.saveCriteriaVersion(
                fiscalYear: year, json: Self.file(title), note: "O7: title changed", actor: F.actor))
        }
        #expect(saved.map(\.version) == [1, 1, 2, 2, 3])
        #expect(saved[2] == StoredCriteriaVersion(
            fiscalYear: 2570, version: 2, json: Self.file("รายงานผล ฉบับแก้"), note: "O7: title changed", createdAt: F.now,
            createdBy: F.actor.name))

        let year2570 = try await store.criteria.fetchCriteriaVersions(fiscalYear: 2570)
        #expect(year2570 == [saved[0], saved[2], saved[4]])
        #expect(year2570.map(\.json) == ["รายงานผล", "รายงานผล ฉบับแก้", "ก"].map(Self.file))
        #expect(try await store.criteria.fetchCriteriaVersions(fiscalYear: nil) == [saved[1], saved[3], saved[0], saved[2], saved[4]])
        #expect(try await store.criteria.fetchCriteriaVersions(fiscalYear: 2571) == [])
    }

    @Test(arguments: StorageAdapter.all)
    func concurrentSavesForOneYearGetDistinctConsecutiveVersions(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        _ = try await store.criteria.saveCriteriaVersion(fiscalYear: 2569, json: Self.file("อื่น"), note: "", actor: F.actor)
        let versions = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 1...8 {
                group.addTask {
                    try await store.criteria.saveCriteriaVersion(
                        fiscalYear: 2570, json: Self.file("งาน \(task)"), note: "task \(task)", actor: F.actor
                    ).version
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(versions.sorted() == Array(1...8))
        let stored = try await store.criteria.fetchCriteriaVersions(fiscalYear: 2570)
        #expect(stored.map(\.version) == Array(1...8))
        // Each version keeps the file of the save that got its number.
        #expect(stored.allSatisfy { $0.json == Self.file("งาน \($0.note.dropFirst("task ".count))") })
        #expect(try await store.criteria.fetchCriteriaVersions(fiscalYear: 2569).map(\.version) == [1])
    }

    @Test(arguments: StorageAdapter.all)
    func eachSaveWritesAnInstallationWideAuditEvent(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        _ = try await store.criteria.saveCriteriaVersion(fiscalYear: 2570, json: Self.file("ก"), note: "นำเข้าเกณฑ์", actor: F.actor)
        _ = try await store.criteria.saveCriteriaVersion(fiscalYear: 2570, json: Self.file("ข"), note: "O7: title changed", actor: F.actor)
        let events = try await store.audit.fetchAuditEvents(agency: nil, limit: 10).filter { $0.entity == "criteria" }
        #expect(events.map(\.entityID) == ["2570/2", "2570/1"])
        #expect(events.allSatisfy { $0.action == "create" && $0.agencyID == nil && $0.actorName == F.actor.name && $0.at == F.now })
        let newest = try #require(events.first?.after)
        #expect(newest.contains("\"note\":\"O7: title changed\"") && newest.contains("\"version\":2")
                && newest.contains("\"fiscalYear\":2570"))
        // The file itself stays out of the trail; the version keeps it.
        #expect(!newest.contains("items"))
    }

    @Test(arguments: StorageAdapter.all)
    func aUseIsReplacedPerAgencyAndSubjectAndAudited(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        let other = F.agency("wangsai")
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        try await store.agencies.insertAgency(other, divisions: [], actor: F.actor)
        #expect(try await store.criteria.fetchCriteriaUses(agency: agency.id) == [])

        let bundled = CriteriaUse(agencyID: agency.id, subject: "plan:2570", fiscalYear: 2570, version: 0, recordedAt: F.now)
        try await store.criteria.recordCriteriaUse(bundled, actor: F.actor)
        let saved = try await store.criteria.saveCriteriaVersion(fiscalYear: 2570, json: Self.file("ก"), note: "", actor: F.actor)
        let later = F.now.addingTimeInterval(86_400)
        let edited = CriteriaUse(agencyID: agency.id, subject: "plan:2570", fiscalYear: 2570, version: saved.version, recordedAt: later)
        try await store.criteria.recordCriteriaUse(edited, actor: F.actor)
        let disclosure = CriteriaUse(agencyID: agency.id, subject: "disclosure:2569", fiscalYear: 2569, version: 0, recordedAt: F.now)
        try await store.criteria.recordCriteriaUse(disclosure, actor: F.actor)
        let others = CriteriaUse(agencyID: other.id, subject: "plan:2570", fiscalYear: 2570, version: 0, recordedAt: F.now)
        try await store.criteria.recordCriteriaUse(others, actor: F.actor)

        #expect(try await store.criteria.fetchCriteriaUses(agency: agency.id) == [disclosure, edited])
        #expect(try await store.criteria.fetchCriteriaUses(agency: other.id) == [others])

        let events = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).filter { $0.entity == "criteria-use" }
        #expect(events.map(\.action) == ["create", "update", "create"])
        #expect(events.map(\.entityID) == ["disclosure:2569", "plan:2570", "plan:2570"])
        #expect(events[1].before?.contains("\"version\":0") == true && events[1].after?.contains("\"version\":1") == true)
    }

    @Test(arguments: StorageAdapter.all)
    func aUseNeedsItsAgencyAndAStoredOrBundledVersion(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let missing = Identifier<AgencyRecord>(UUID())
        await #expect(throws: StorageError.notFound(entity: "agency", id: missing.description)) {
            try await store.criteria.recordCriteriaUse(
                CriteriaUse(agencyID: missing, subject: "plan:2570", fiscalYear: 2570, version: 0, recordedAt: F.now), actor: F.actor)
        }
        _ = try await store.criteria.saveCriteriaVersion(fiscalYear: 2570, json: Self.file("ก"), note: "", actor: F.actor)
        // Version 1 exists for 2570 only; a use of 2569's version 1 names a file nobody saved.
        for (year, version) in [(2570, 2), (2569, 1)] {
            await #expect(throws: StorageError.notFound(entity: "criteria", id: "\(year)/\(version)")) {
                try await store.criteria.recordCriteriaUse(
                    CriteriaUse(agencyID: agency.id, subject: "plan:\(year)", fiscalYear: year, version: version, recordedAt: F.now),
                    actor: F.actor)
            }
        }
        #expect(try await store.criteria.fetchCriteriaUses(agency: agency.id) == [])
        #expect(try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).allSatisfy { $0.entity != "criteria-use" })
    }
}

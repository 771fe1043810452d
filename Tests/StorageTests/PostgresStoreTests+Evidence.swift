import Foundation
@testable import PostgresStorage
import Storage
import Testing
import Workbench

extension PostgresStoreTests {
    @Test func theSameBytesAreStoredOnce() async throws {
        let store = try await PostgresTestServer.makeStore()
        let plans = store.repositories.plans
        let agency = F.agency()
        try await store.repositories.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency)
        try await plans.insertPlan(plan, actor: F.actor)
        let bytes = Data("%PDF-1.4 the same scan".utf8)
        let first = F.progress(for: plan.measures[0], day: 1)
        let second = F.progress(for: plan.measures[1], day: 2)
        let uploads = [F.evidence(for: first, bytes: bytes), F.evidence(for: second, bytes: bytes, name: "สำเนา.pdf")]
        try await plans.insertProgress(first, evidence: [uploads[0]], actor: F.actor)
        try await plans.insertProgress(second, evidence: [uploads[1]], actor: F.actor)
        for upload in uploads {
            #expect(try await plans.fetchEvidence(id: upload.file.id, agency: agency.id)?.1 == bytes)
        }
        let blobs = try await store.read { db in try await db.fetch("SELECT count(*) FROM blob", as: Int.self) }
        #expect(blobs == [1])
    }

    @Test func evidenceStampedWithAnotherAgencyIsRefused() async throws {
        let store = try await PostgresTestServer.makeStore().repositories
        let mine = F.agency("thapkhlo")
        let other = F.agency("wangsai")
        try await store.agencies.insertAgency(mine, divisions: [], actor: F.actor)
        try await store.agencies.insertAgency(other, divisions: [], actor: F.actor)
        let plan = F.plan(agency: mine)
        try await store.plans.insertPlan(plan, actor: F.actor)
        let entry = F.progress(for: plan.measures[0], day: 1)
        var upload = F.evidence(for: entry, bytes: Data("secret".utf8))
        upload.file.agencyID = other.id
        await #expect(throws: StorageError.conflict("evidence \(upload.file.id) does not belong to progress entry \(entry.id)")) {
            try await store.plans.insertProgress(entry, evidence: [upload], actor: F.actor)
        }
        #expect(try await store.plans.fetchEvidence(id: upload.file.id, agency: other.id) == nil)
    }
}

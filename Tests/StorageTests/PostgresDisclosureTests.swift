import Disclosure
import Foundation
@testable import PostgresStorage
import Storage
import Testing
import Workbench

/// Beyond the interface: PostgreSQL itself refuses to change a frozen submission.
@Suite(.enabled(if: PostgresTestServer.url != nil, "PRONGSAI_TEST_POSTGRES_URL is not set"))
struct PostgresDisclosureTests {
    @Test func theDatabaseRefusesToAlterOrDeleteASubmission() async throws {
        let store = try await PostgresTestServer.makeStore()
        let agency = StorageFixtures.agency()
        try await store.repositories.agencies.insertAgency(agency, divisions: [], actor: StorageFixtures.actor)
        let submission = DisclosureSubmission(
            id: Identifier(UUID()), agencyID: agency.id, fiscalYear: 2566, submittedAt: StorageFixtures.now,
            submittedBy: "ผู้ประสานงาน", sheet: DisclosureContractTests.sheet(), sha256: String(repeating: "d", count: 64))
        try await store.repositories.disclosures.insertDisclosureSubmission(submission, actor: StorageFixtures.actor)
        await #expect(throws: (any Error).self) {
            try await store.write { db in try await db.execute("UPDATE disclosure_submission SET sheet = '{}'") }
        }
        await #expect(throws: (any Error).self) {
            try await store.write { db in try await db.execute("DELETE FROM disclosure_submission") }
        }
        #expect(try await store.repositories.disclosures.fetchDisclosureSubmission(id: submission.id, agency: agency.id) == submission)
    }
}

import Disclosure
import Foundation
import GRDB
@testable import SQLiteStorage
import Storage
import Testing
import Workbench

/// Beyond the interface: the database itself refuses to change a frozen submission.
@Suite struct SQLiteDisclosureTests {
    @Test func theDatabaseRefusesToAlterOrDeleteASubmission() async throws {
        let store = try SQLiteStore.inMemory()
        let agency = StorageFixtures.agency()
        try await store.insertAgency(agency, divisions: [], actor: StorageFixtures.actor)
        let submission = DisclosureSubmission(
            id: Identifier(UUID()), agencyID: agency.id, fiscalYear: 2566, submittedAt: StorageFixtures.now,
            submittedBy: "ผู้ประสานงาน", sheet: DisclosureContractTests.sheet(), sha256: String(repeating: "d", count: 64))
        try await store.insertDisclosureSubmission(submission, actor: StorageFixtures.actor)
        await #expect(throws: (any Error).self) {
            try await store.writer.write { db in try db.execute(sql: "UPDATE disclosure_submission SET sheet = '{}'") }
        }
        await #expect(throws: (any Error).self) {
            try await store.writer.write { db in try db.execute(sql: "DELETE FROM disclosure_submission") }
        }
        #expect(try await store.fetchDisclosureSubmission(id: submission.id, agency: agency.id) == submission)
    }
}

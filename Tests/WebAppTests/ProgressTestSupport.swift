import Foundation
import Planning
import Storage
import ThaiText
import WebApp
import Workbench

/// Users, files and stored progress for the progress, meeting and document tests, on the example
/// agency (ทับคล้อ, plan year 2566) that every test server starts with.
enum ProgressTestSupport {
    static let password = "ทับคล้อ-division-2566"

    static let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8) + Data(repeating: 1, count: 30)
    static let html = Data("<!doctype html><html><script>alert('x')</script></html>".utf8)
    static let executable = Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]) + Data(repeating: 0, count: 120)

    struct Agency {
        var record: AgencyRecord
        var plan: StoredPlan
        /// Measure 1, which names สำนักปลัด and กองคลัง.
        var financeMeasure: MeasureRecord { plan.measures[0] }
        /// A measure whose divisions do not include กองคลัง.
        var otherMeasure: MeasureRecord {
            plan.measures.first { !$0.measure.divisions.contains { DivisionMatch.belongs($0, to: "กองคลัง") } }!
        }
    }

    static func agency(_ server: TestServer.Instance) async throws -> Agency {
        let record = try await server.repositories.agencies.fetchAgency(slug: "thapkhlo")!
        let plan = try await server.repositories.plans.fetchPlan(agency: record.id, year: 2566)!
        return Agency(record: record, plan: plan)
    }

    /// Creates an account of the example agency with `password`, ready to sign in.
    @discardableResult
    static func addUser(
        _ server: TestServer.Instance, _ username: String, role: Role, division: String? = nil
    ) async throws -> UserAccount {
        let agency = try await agency(server)
        let user = UserAccount(
            id: Identifier(UUID()), username: username, displayName: "คุณ\(username)", role: role,
            agencyID: agency.record.id, divisionName: division, passwordHash: try await PasswordHasher(cost: 4).hash(password),
            mustChangePassword: false, createdAt: Date())
        try await server.repositories.users.insertUser(user, actor: .system(at: Date()))
        return user
    }

    /// Signs in as a new division head of กองคลัง and loads a page, so the browser holds a CSRF token.
    static func signInAsFinanceHead(_ server: TestServer.Instance, _ browser: Browser) async throws {
        try await addUser(server, "finance", role: .divisionHead, division: "กองคลัง")
        try await browser.signIn("finance", password)
        try await browser.get("/a/thapkhlo/progress")
    }

    static func signInAsCoordinator(_ server: TestServer.Instance, _ browser: Browser) async throws {
        try await addUser(server, "coordinator", role: .coordinator)
        try await browser.signIn("coordinator", password)
        try await browser.get("/a/thapkhlo/progress")
    }

    /// Stores a report straight through the repository, for tests about reading it back.
    static func insertEntry(
        _ server: TestServer.Instance, measure: MeasureRecord, date: ThaiDate, text: String,
        status: ProgressStatus = .inProgress, percent: Int = 40
    ) async throws {
        let entry = ProgressEntry(
            id: Identifier(UUID()), measureID: measure.id, agencyID: measure.agencyID, date: date, text: text,
            status: status, percent: percent, authorID: nil, authorName: "ทดสอบ", createdAt: Date())
        try await server.repositories.plans.insertProgress(entry, evidence: [], actor: .system(at: Date()))
    }

    static func storedEntries(_ server: TestServer.Instance) async throws -> [ProgressEntry] {
        let agency = try await agency(server)
        return try await server.repositories.plans.fetchProgress(agency: agency.record.id, year: 2566)
    }

    static func storedEvidence(_ server: TestServer.Instance) async throws -> [EvidenceFile] {
        let agency = try await agency(server)
        return try await server.repositories.plans.fetchEvidence(agency: agency.record.id, year: 2566)
    }
}

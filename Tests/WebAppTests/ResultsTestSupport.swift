import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Planning
import Storage
import ThaiText
import WebApp
import Workbench

/// Accounts, agencies, files and stored progress that the plan-editing suites (results, analysis,
/// measures, next year, export, API) set up directly in storage.
enum PlanEditingFixtures {
    static let password = "ทดสอบ-รหัสผ่าน-2566"

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static let documentName = "thapkhlo-measures-2566.txt"

    static func agency(_ server: TestServer.Instance, _ slug: String = "thapkhlo") async throws -> AgencyRecord {
        guard let agency = try await server.repositories.agencies.fetchAgency(slug: slug) else {
            throw TestFailure("no agency \(slug)")
        }
        return agency
    }

    /// A second agency, with the typical divisions and no plan year.
    static func newAgency(_ server: TestServer.Instance, slug: String = "bangkrathum") async throws -> AgencyRecord {
        let agency = AgencyRecord(
            id: Identifier(UUID()), slug: slug,
            agency: Agency(kind: "องค์การบริหารส่วนตำบล", name: "บางกระทุ่ม", district: "บางกระทุ่ม", province: "พิษณุโลก"),
            createdAt: Date())
        try await server.repositories.agencies.insertAgency(
            agency, divisions: TypicalDivisions.subdistrictAdministrativeOrganisation, actor: .system(at: Date()))
        return agency
    }

    /// Creates an account with `password` (no change needed), signs the browser in with it and opens the agency.
    @discardableResult
    static func signIn(
        _ browser: Browser, _ server: TestServer.Instance, as role: Role, slug: String = "thapkhlo", division: String? = nil,
        username: String? = nil
    ) async throws -> UserAccount {
        let agency = try await agency(server, slug)
        let name = username ?? "\(role.rawValue.lowercased())-\(slug)"
        let user = UserAccount(
            id: Identifier(UUID()), username: name, displayName: "ทดสอบ \(role.nameTH)", role: role, agencyID: agency.id,
            divisionName: division, passwordHash: try await PasswordHasher(cost: 4).hash(password), mustChangePassword: false,
            createdAt: Date())
        try await server.repositories.users.insertUser(user, actor: .system(at: Date()))
        try await browser.signIn(name, password)
        // Land on the agency's first page, as a person would, so the browser holds the form token.
        try await browser.get("/a/\(slug)")
        return user
    }

    static func plan(_ server: TestServer.Instance, year: Int = 2566, slug: String = "thapkhlo") async throws -> StoredPlan {
        let agency = try await agency(server, slug)
        guard let plan = try await server.repositories.plans.fetchPlan(agency: agency.id, year: year) else {
            throw TestFailure("no plan \(year) for \(slug)")
        }
        return plan
    }

    /// Stores one progress entry on a measure, with an evidence file when `evidence` is given.
    @discardableResult
    static func addProgress(
        _ server: TestServer.Instance, to measure: MeasureRecord, percent: Int = 40, evidence: String? = nil
    ) async throws -> ProgressEntry {
        let entry = ProgressEntry(
            id: Identifier(UUID()), measureID: measure.id, agencyID: measure.agencyID,
            date: ThaiDate(year: 2566, month: .january, day: 15), text: "จัดประชุมชี้แจง, ครั้งที่ \"1\"", status: .inProgress,
            percent: percent, authorID: nil, authorName: "หัวหน้าสำนักปลัด", createdAt: Date())
        let uploads = evidence.map { name -> [EvidenceUpload] in
            let bytes = Data("%PDF-1.4 evidence".utf8)
            return [EvidenceUpload(
                file: EvidenceFile(
                    id: Identifier(UUID()), agencyID: measure.agencyID, measureID: measure.id, progressEntryID: entry.id,
                    fileName: name, contentType: "application/pdf", size: bytes.count,
                    sha256: String(repeating: "ab", count: 32), effectiveDate: ThaiDate(year: 2566, month: .january, day: 10),
                    uploadedAt: Date(timeIntervalSince1970: 1_673_750_000), uploadedBy: "หัวหน้าสำนักปลัด"),
                bytes: bytes)]
        } ?? []
        try await server.repositories.plans.insertProgress(entry, evidence: uploads, actor: .system(at: Date()))
        return entry
    }

    /// The value of a hidden field in a page.
    static func hiddenValue(_ name: String, in page: String) throws -> String {
        guard let match = page.firstMatch(of: try Regex<(Substring, Substring)>("name=\"\(name)\" value=\"([^\"]*)\"")) else {
            throw TestFailure("no hidden field \(name)")
        }
        return String(match.1).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A JSON API call with the browser's cookies; `csrf` adds the `X-CSRF-Token` header.
    static func api(
        _ browser: Browser, _ method: HTTPRequest.Method, _ path: String, json: String? = nil, csrf: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.accept: "application/json"]
        if json != nil { headers[.contentType] = "application/json" }
        if let csrf { headers[HTTPField.Name("X-CSRF-Token")!] = csrf }
        return try await browser.send(path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

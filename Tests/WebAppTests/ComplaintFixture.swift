import Bootstrap
import Complaints
import Criteria
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Storage
@testable import WebApp
import Workbench

/// The example agency with a working complaint channel: two receiving officers who have signed in (so
/// their keys exist and are unlocked in their browsers), a coordinator who is not a recipient, and the
/// administrator. Built by `ProngsaiServer.buildApplication` on a fresh SQLite file, in process.
struct ComplaintFixture: Sendable {
    static let password = "complaint-officer-1"
    /// A distinctive sentence that must never appear in clear in the database or the logs.
    static let sentence = "นายอำเภอสมมติรับซองขาวสามหมื่นบาทหลังร้านกาแฟริมคลองทับคล้อ"
    /// Attachment content that must never appear in clear either.
    static let evidence = Data("%PDF-1.4\n% หลักฐานลับ-PRONGSAI-ATTACHMENT-MARKER-7731\n".utf8)

    let client: any TestClientProtocol
    let repositories: Repositories
    let dataDirectory: URL
    let agency: AgencyRecord
    let officers: [UserAccount]
    /// Browsers signed in as each officer.
    let officerBrowsers: [Browser]
    let coordinator: UserAccount
    let administratorPassword: String
    let clock: TestClock
    /// The environment the app runs with, for calling its parts directly.
    let environment: WebEnvironment

    var base: String { PublicComplaintLink.path(agencySlug: agency.slug) }

    /// Runs `body` with the channel open (unless `open` is false), with `recipients` officers.
    static func run(
        logger: Logger = Logger(label: "prongsai-test"), clock: TestClock = TestClock(), recipients: Int = 2, open: Bool = true,
        configuration: ServerConfiguration? = nil, _ body: @Sendable (ComplaintFixture) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-complaints-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let built = try await ProngsaiServer.buildApplication(
            configuration: configuration ?? TestServer.configuration(directory), logger: logger, now: clock.reading)
        let repositories = built.repositories
        guard let agency = try await repositories.agencies.fetchAgency(slug: "thapkhlo") else { throw TestFailure("no example agency") }
        let hash = try await PasswordHasher(cost: 4).hash(password)
        func account(_ name: String, _ role: Role) async throws -> UserAccount {
            let user = UserAccount(
                id: Identifier(UUID()), username: name, displayName: "ผู้ทดสอบ \(name)", role: role, agencyID: agency.id,
                divisionName: nil, passwordHash: hash, mustChangePassword: false, createdAt: clock.now)
            try await repositories.users.insertUser(user, actor: .system(at: clock.now))
            return user
        }
        let officers = [try await account("officer.one", .viewer), try await account("officer.two", .divisionHead)]
        let coordinator = try await account("coordinator.c", .coordinator)
        try await repositories.complaints.saveChannel(
            ComplaintChannel(agencyID: agency.id, isOpen: open, recipientIDs: Array(officers.prefix(recipients).map(\.id)), updatedAt: clock.now),
            actor: .system(at: clock.now))
        try await built.application.test(.router) { client in
            var browsers: [Browser] = []
            for officer in officers {
                let browser = Browser(client: client)
                try await browser.signIn(officer.username, password)
                browsers.append(browser)
            }
            try await body(ComplaintFixture(
                client: client, repositories: repositories, dataDirectory: directory, agency: agency, officers: officers,
                officerBrowsers: browsers, coordinator: coordinator,
                administratorPassword: built.firstStart.administratorPassword ?? "", clock: clock,
                environment: WebEnvironment(repositories: repositories, catalog: try CriteriaCatalog.shared.get(), now: clock.reading)))
        }
    }

    /// A reporter's browser: no cookies, nothing signed in.
    func reporter() -> Browser { Browser(client: client) }

    /// Files a report through the public form, as a browser does; returns the receipt page's response.
    @discardableResult
    func file(
        _ reporter: Browser, details: String = ComplaintFixture.sentence, category: String = "corruption",
        files: [(field: String, name: String, type: String, data: Data)] = [], contact: [(String, String)] = []
    ) async throws -> TestResponse {
        let form = try await reporter.get("\(base)/new")
        let token = try Self.formToken(form.text)
        return try await reporter.postMultipart(
            "\(base)/new", fields: [("_form", token), ("category", category), ("details", details)] + contact, files: files)
    }

    /// Opens the follow-up page with a receipt.
    func followUp(_ reporter: Browser, receipt: String) async throws -> TestResponse {
        let page = try await reporter.get("\(base)/follow-up")
        return try await reporter.post("\(base)/follow-up", form: [("_form", try Self.formToken(page.text)), ("receipt", receipt)])
    }

    static func formToken(_ html: String) throws -> String {
        guard let match = html.firstMatch(of: /name="_form" value="([^"]+)"/) else { throw TestFailure("no form token in the page") }
        return String(match.1)
    }

    static func receipt(_ html: String) throws -> String {
        guard let match = html.firstMatch(of: /id="receipt">([0-9 ]{19})</) else { throw TestFailure("no receipt in the page: \(html.prefix(400))") }
        return String(match.1)
    }

    /// The ids of the agency's cases, newest first.
    func caseIDs() async throws -> [Identifier<ComplaintRecord>] {
        try await repositories.complaints.fetchComplaints(agency: agency.id).map(\.id)
    }
}

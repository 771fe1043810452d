import Bootstrap
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Planning
import Storage
import ThaiText
@testable import WebApp
import Workbench

/// The example agency with one person of every role, a second agency with its own coordinator,
/// and real records (a progress entry with evidence, a meeting report) for every path parameter.
/// Sessions are put straight into storage, so each call can have a fresh one.
struct RoleMatrixFixture: Sendable {
    /// Who calls a route in the matrix.
    enum Caller: String, CaseIterable, Sendable {
        case anonymous, otherCoordinator, viewer, divisionHead, coordinator, administrator
    }

    static let password = "matrix-password-1"
    static let division = "กองคลัง"

    let client: any TestClientProtocol
    let repositories: Repositories
    let administratorPassword: String
    let dataDirectory: URL
    let agency: AgencyRecord
    let otherAgency: AgencyRecord
    let planYear: Int
    /// A measure that names กองคลัง, the division head's division.
    let ownMeasure: MeasureRecord
    /// A measure that does not.
    let foreignMeasure: MeasureRecord
    let evidenceID: String
    let meetingID: String
    let users: [Caller: UserAccount]
    /// The account that `:user` routes act on: a viewer of the example agency who is none of the callers.
    let target: UserAccount

    /// Runs `body` against a fresh app built by `ProngsaiServer.buildApplication`, in process.
    static func run(
        logger: Logger = Logger(label: "prongsai-test"), now: @escaping @Sendable () -> Date = { Date() },
        _ body: @Sendable (RoleMatrixFixture) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-matrix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let built = try await ProngsaiServer.buildApplication(
            configuration: TestServer.configuration(directory), logger: logger, now: now)
        let fixture = try await populate(built.repositories, now: now())
        try await built.application.test(.router) { client in
            try await body(RoleMatrixFixture(
                client: client, repositories: built.repositories,
                administratorPassword: built.firstStart.administratorPassword ?? "", dataDirectory: directory,
                agency: fixture.agency, otherAgency: fixture.otherAgency, planYear: fixture.planYear,
                ownMeasure: fixture.ownMeasure, foreignMeasure: fixture.foreignMeasure, evidenceID: fixture.evidenceID,
                meetingID: fixture.meetingID, users: fixture.users, target: fixture.target))
        }
    }

    private struct Records {
        var agency: AgencyRecord
        var otherAgency: AgencyRecord
        var planYear: Int
        var ownMeasure: MeasureRecord
        var foreignMeasure: MeasureRecord
        var evidenceID: String
        var meetingID: String
        var users: [Caller: UserAccount]
        var target: UserAccount
    }

    private static func populate(_ repositories: Repositories, now: Date) async throws -> Records {
        let actor = Actor.system(at: now)
        guard let agency = try await repositories.agencies.fetchAgency(slug: "thapkhlo"),
              let planYear = try await repositories.plans.fetchPlanYears(agency: agency.id).last,
              let plan = try await repositories.plans.fetchPlan(agency: agency.id, year: planYear),
              let own = plan.measures.first(where: { $0.measure.divisions.contains { DivisionMatch.belongs($0, to: division) } }),
              let foreign = plan.measures.first(where: { !$0.measure.divisions.contains { DivisionMatch.belongs($0, to: division) } })
        else { throw TestFailure("the example agency is not loaded as expected") }
        let other = AgencyRecord(
            id: Identifier(UUID()), slug: "wangsaiphun",
            agency: Agency(kind: "เทศบาลตำบล", name: "วังทรายพูน", district: "วังทรายพูน", province: "พิจิตร"), createdAt: now)
        try await repositories.agencies.insertAgency(other, divisions: TypicalDivisions.subdistrictAdministrativeOrganisation, actor: actor)

        let hash = try await PasswordHasher(cost: 4).hash(password)
        func account(_ name: String, _ role: Role, _ agency: AgencyRecord?, division: String? = nil) async throws -> UserAccount {
            let user = UserAccount(
                id: Identifier(UUID()), username: name, displayName: "ผู้ทดสอบ \(name)", role: role, agencyID: agency?.id,
                divisionName: division, passwordHash: hash, mustChangePassword: false, createdAt: now)
            try await repositories.users.insertUser(user, actor: actor)
            return user
        }
        let users: [Caller: UserAccount] = [
            .administrator: try await account("m-admin", .administrator, nil),
            .coordinator: try await account("m-coordinator", .coordinator, agency),
            .divisionHead: try await account("m-head", .divisionHead, agency, division: division),
            .viewer: try await account("m-viewer", .viewer, agency),
            .otherCoordinator: try await account("m-other", .coordinator, other),
        ]
        let target = try await account("m-target", .viewer, agency)

        let entryID = Identifier<ProgressEntry>(UUID())
        let evidenceText = "%PDF-1.4\n% matrix evidence\n"
        let evidence = EvidenceFile(
            id: Identifier(UUID()), agencyID: agency.id, measureID: own.id, progressEntryID: entryID, fileName: "evidence.pdf",
            contentType: "application/pdf", size: evidenceText.utf8.count, sha256: SessionTokens.hash(evidenceText),
            effectiveDate: ThaiDate(year: planYear - 1, month: .november, day: 15), uploadedAt: now, uploadedBy: "ผู้ทดสอบ")
        try await repositories.plans.insertProgress(
            ProgressEntry(
                id: entryID, measureID: own.id, agencyID: agency.id, date: ThaiDate(year: planYear - 1, month: .november, day: 15),
                text: "ประชุมชี้แจง", status: .inProgress, percent: 30, authorID: users[.divisionHead]?.id,
                authorName: "ผู้ทดสอบ", createdAt: now),
            evidence: [EvidenceUpload(file: evidence, bytes: Data(evidenceText.utf8))], actor: actor)
        let meeting = MeetingReport(
            id: Identifier(UUID()), agencyID: agency.id, planYear: planYear, month: YearMonth(year: planYear - 1, month: .november),
            meetingDate: ThaiDate(year: planYear - 1, month: .december, day: 7), title: "ประชุมประจำเดือน", notes: "",
            createdBy: "ผู้ทดสอบ", createdAt: now)
        try await repositories.plans.insertMeetingReport(meeting, actor: actor)
        return Records(
            agency: agency, otherAgency: other, planYear: planYear, ownMeasure: own, foreignMeasure: foreign,
            evidenceID: evidence.id.description, meetingID: meeting.id.description, users: users, target: target)
    }

    /// A new session for the caller, stored as sign-in stores it: (cookie token, CSRF token).
    func session(for caller: Caller, lifetime: TimeInterval = 3600, now: Date = Date()) async throws -> (token: String, csrf: String)? {
        guard let user = users[caller] else { return nil }
        return try await session(for: user, expiresAt: now.addingTimeInterval(lifetime))
    }

    func session(for user: UserAccount, expiresAt: Date) async throws -> (token: String, csrf: String) {
        let token = SessionTokens.random()
        let csrf = SessionTokens.random()
        try await repositories.users.insertSession(SessionRecord(
            tokenHash: SessionTokens.hash(token), userID: user.id, csrfToken: csrf, expiresAt: expiresAt))
        return (token, csrf)
    }
}

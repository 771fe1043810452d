import Criteria
import ExampleData
import Foundation
import Importing
import Planning
import Storage
import WebApp
import Workbench

/// What the first start created, to tell the person who started the server.
public struct FirstStartReport: Sendable {
    /// The administrator's one-time password: printed once, never stored in clear.
    public var administratorPassword: String?
    public var exampleAgencyLoaded: Bool
}

/// Loads the example agency and creates the administrator when the store is empty.
enum FirstStart {
    static func run(
        repositories: Repositories, catalog: CriteriaCatalog, seedExample: Bool, bcryptCost: UInt8, now: Date
    ) async throws -> FirstStartReport {
        var report = FirstStartReport(administratorPassword: nil, exampleAgencyLoaded: false)
        let actor = Actor.system(at: now)
        if seedExample, try await repositories.agencies.fetchAgency(slug: ExampleAgency.slug) == nil,
           try await repositories.agencies.fetchAgencies().isEmpty {
            try await loadExample(repositories: repositories, catalog: catalog, actor: actor)
            report.exampleAgencyLoaded = true
        }
        if try await repositories.users.countUsers() == 0 {
            let password = OneTimePassword.make()
            let hash = try await PasswordHasher(cost: bcryptCost).hash(password)
            try await repositories.users.insertUser(UserAccount(
                id: Identifier(UUID()), username: "admin", displayName: "ผู้ดูแลระบบ", role: .administrator, agencyID: nil,
                divisionName: nil, passwordHash: hash, mustChangePassword: true, createdAt: now), actor: actor)
            report.administratorPassword = password
        }
        return report
    }

    static func loadExample(repositories: Repositories, catalog: CriteriaCatalog, actor: Actor) async throws {
        let imported = try PublishedDocumentImporter(catalog: catalog)
            .importPlan(text: ExampleAgency.documentText, fileName: ExampleAgency.documentFileName)
        let plan = imported.value
        let agency = AgencyRecord(id: Identifier(UUID()), slug: ExampleAgency.slug, agency: plan.agency, createdAt: actor.at)
        try await repositories.agencies.insertAgency(
            agency, divisions: TypicalDivisions.subdistrictAdministrativeOrganisation, actor: actor)
        try await repositories.plans.insertPlan(StoredPlan.from(plan, agency: agency.id, at: actor.at), actor: actor)
    }
}

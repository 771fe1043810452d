import Criteria
import Disclosure
import Foundation
import ThaiText
import Workbench

/// One agency's disclosure of one year as stored, with the items Prongsai fills itself applied:
/// what both the signed-in pages and the public page are built from.
struct DisclosureYearData: Sendable {
    var agency: AgencyRecord
    var year: Int
    var criteria: Criteria
    var settings: DisclosureSettings
    /// Records after the automatic sources (items never touched have none).
    var records: [DisclosureRecord]
    var sources: [AutomaticItemSource]
    var plan: StoredPlan?
    var progress: [ProgressEntry]

    static func load(agency: AgencyRecord, year: Int, criteria: Criteria, _ environment: WebEnvironment) async throws -> DisclosureYearData {
        let repositories = environment.repositories
        let settings = try await repositories.disclosures.fetchDisclosureSettings(agency: agency.id)
            ?? DisclosureSettings(agencyID: agency.id, updatedAt: environment.now(), updatedBy: "")
        let stored = try await repositories.disclosures.fetchDisclosureRecords(agency: agency.id, year: year)
        let plan = try await repositories.plans.fetchPlan(agency: agency.id, year: year)
        let progress = plan == nil ? [] : try await repositories.plans.fetchProgress(agency: agency.id, year: year)
        let complaints = try await DisclosureSources.complaintFacts(agency: agency, year: year, settings: settings, environment)
        let sources = DisclosureSources.automatic(
            plan: plan, progress: progress, publicBase: PublicPaths.absolute(settings, PublicPaths.year(agency.slug, year)),
            complaints: complaints, year: year, criteria: criteria)
        let now = environment.now()
        let records = AutomaticItems.apply(sources, to: stored, items: Self.items(criteria)) { item in
            DisclosureRecord(agencyID: agency.id, fiscalYear: year, itemCode: item.code, updatedAt: now, updatedBy: "Prongsai")
        }
        return DisclosureYearData(
            agency: agency, year: year, criteria: criteria, settings: settings, records: records, sources: sources, plan: plan,
            progress: progress)
    }

    /// The year's OIT items in the criteria's order.
    static func items(_ criteria: Criteria) -> [Item] {
        criteria.indicators.filter { $0.instrument == .oit }.flatMap(\.allItemCodes).compactMap { criteria.item($0) }
    }

    func record(_ item: Item) -> DisclosureRecord? {
        records.first { $0.itemCode.uppercased() == item.code.uppercased() }
    }

    /// The answer sheet as it stands, documents addressed on the public page.
    func answerSheet() -> AnswerSheet {
        AnswerSheet(
            agencyName: agency.agency.fullName, items: Self.items(criteria), fiscalYear: year, records: records,
            documentURL: { PublicPaths.absolute(settings, PublicPaths.file(agency.slug, year, $0.id)) })
    }
}

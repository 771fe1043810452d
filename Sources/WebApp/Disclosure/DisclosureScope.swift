import Criteria
import Disclosure
import Foundation
import Hummingbird
import ThaiText
import Workbench

/// The agency and ITA year a disclosure page is about. The year is one with criteria (not
/// necessarily a plan year): `?year=` on pages, `:year` in the API; by default the latest plan year,
/// whose measures are the year's O42.
struct DisclosureScope: Sendable {
    var agency: AgencyScope
    var year: Int
    var criteria: Criteria

    var base: String { "\(agency.base)/disclosure" }
    var yearQuery: String { "?year=\(year)" }
    var canEdit: Bool { agency.canEditPlan }

    static func resolve(_ request: Request, _ context: AppRequestContext, _ environment: WebEnvironment, yearParameter: Bool = false)
        async throws -> DisclosureScope {
        guard let identity = context.identity else { throw WebError.signInRequired }
        let slug = try context.parameters.require("agency")
        guard let agency = try await environment.repositories.agencies.fetchAgency(slug: slug) else { throw WebError.notFound }
        guard Permissions.canRead(agency: agency.id, user: identity.user) else { throw WebError.forbidden }
        let years = try await environment.repositories.plans.fetchPlanYears(agency: agency.id)
        let asked = yearParameter ? context.parameters.get("year") : request.uri.queryParameters.get("year").map { String($0) }
        let year = try Self.year(asked, plans: years, environment: environment)
        let criteria = try environment.catalog.criteria(for: year)
        let scope = AgencyScope(identity: identity, agency: agency, years: years, year: years.contains(year) ? year : years.last)
        return DisclosureScope(agency: scope, year: year, criteria: criteria)
    }

    /// The year asked for when there are criteria for it; else the latest plan year or this fiscal year.
    static func year(_ asked: String?, plans: [Int], environment: WebEnvironment) throws -> Int {
        let available = environment.catalog.availableYears
        if let asked {
            guard let number = Int(asked), available.contains(number) else {
                let list = available.map(String.init).joined(separator: ", ")
                throw WebError(
                    .notFound, field: "year", th: "ไม่มีเกณฑ์การประเมินของปี \(asked) (มี \(list))",
                    en: "there are no criteria for \(asked); available: \(list)")
            }
            return number
        }
        if let latest = plans.last, available.contains(latest) { return latest }
        let current = ThaiDate(environment.now()).yearMonth.fiscalYear.buddhistEra
        return available.contains(current) ? current : available.last ?? current
    }

    func requireEdit() throws {
        guard canEdit else { throw WebError.forbidden }
    }

    /// The OIT item named by `:item`, or a 404 that names it.
    func item(_ context: AppRequestContext) throws -> Item {
        let code = context.parameters.get("item") ?? ""
        guard let item = criteria.item(code.removingPercentEncoding ?? code), item.code.uppercased().hasPrefix("O") else {
            throw WebError(
                .notFound, field: "item", th: "ไม่มีข้อ \(code) ในแบบวัด OIT ปี \(year)",
                en: "\(code) is not an OIT item of \(year)")
        }
        return item
    }

    func layout(_ context: AppRequestContext, path: String) -> Layout {
        var layout = agency.layout(context, .disclosure, path: path)
        layout.year = agency.year
        return layout
    }

    /// A path segment for an item code ("O?-9.5" in the provisional years needs escaping).
    static func segment(_ code: String) -> String {
        code.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._"))) ?? code
    }
}

import Criteria
import Disclosure
import Foundation
import Scoring
import ThaiText
import Workbench

/// A signed-in disclosure page's data: the year's disclosure, the reader's scope, and the checker.
struct DisclosureWorkspace: Sendable {
    var scope: DisclosureScope
    var data: DisclosureYearData
    var today: ThaiDate

    static func load(_ scope: DisclosureScope, _ environment: WebEnvironment) async throws -> DisclosureWorkspace {
        let data = try await DisclosureYearData.load(
            agency: scope.agency.agency, year: scope.year, criteria: scope.criteria, environment)
        return DisclosureWorkspace(scope: scope, data: data, today: ThaiDate(environment.now()))
    }

    var settings: DisclosureSettings { data.settings }
    var records: [DisclosureRecord] { data.records }
    var plan: StoredPlan? { data.plan }

    /// The month the check is made for: the review window's start when it is set, else today.
    var asOf: YearMonth { settings.reviewStart?.yearMonth ?? today.yearMonth }

    func checker(linkStatuses: [LinkStatus] = []) -> DisclosureChecker {
        DisclosureChecker(criteria: scope.criteria, mainDomain: settings.mainDomain, linkStatuses: linkStatuses, asOf: asOf)
    }

    func record(_ item: Item) -> DisclosureRecord? { data.record(item) }

    func source(for item: Item) -> AutomaticItemSource? { AutomaticItems.source(for: item, in: data.sources) }

    func answerSheet() -> AnswerSheet { data.answerSheet() }

    /// The prediction from a check, with the survey indicators of this year's result when published,
    /// else of last year's (the plan's).
    func prediction(_ check: DisclosureCheck, environment: WebEnvironment) async throws -> DisclosurePrediction? {
        let agency = scope.agency.agency.id
        let next = try await environment.repositories.plans.fetchPlan(agency: agency, year: scope.year + 1)
        let result = [next?.year.result, plan?.year.result].compactMap { $0 }.first
        return try? DisclosurePrediction(
            check: check, criteria: scope.criteria, surveyIndicators: result?.indicators ?? [:], surveyYear: result?.fiscalYear)
    }
}

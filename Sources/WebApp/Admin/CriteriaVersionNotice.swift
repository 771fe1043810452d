import Criteria
import Foundation
import Storage
import Workbench

/// The dashboard's notice that a plan is scored with an older version of its year's criteria than the
/// newest one: what changed since, and for plan editors the button that takes up the newest version.
struct CriteriaVersionNotice: Sendable {
    let fiscalYear: Int
    let recorded: Int
    let newest: Int
    /// Empty when the recorded version can no longer be read.
    let changes: [CriteriaChange]

    /// The notice for a plan whose recorded version is older than the newest; nil otherwise.
    init?(use: CriteriaUse?, plan: StoredPlan, library: CriteriaLibrary) {
        let year = plan.year.assessedYear
        guard let use, use.fiscalYear == year else { return nil }
        let newest = library.latestVersion(of: year)
        guard newest > use.version else { return nil }
        fiscalYear = year
        recorded = use.version
        self.newest = newest
        if let old = library.criteria(year: year, version: use.version), let new = library.criteria(year: year, version: newest) {
            changes = CriteriaDiff.changes(from: old, to: new)
        } else {
            changes = []
        }
    }

    /// The use recorded for a plan year, read once a request.
    static func recordedUse(_ environment: WebEnvironment, agency: Identifier<AgencyRecord>, planYear: Int) async throws -> CriteriaUse? {
        try await CriteriaUseRecorder(environment: environment).recordedVersion(agency: agency, planYear: planYear)
    }

    /// What a cached dashboard depends on besides the agency's data: the versions saved and the one recorded.
    static func cacheKey(_ library: CriteriaLibrary, use: CriteriaUse?) -> String {
        let years = library.catalog.availableYears.map { "\($0).\(library.latestVersion(of: $0))" }.joined(separator: ",")
        return "criteria:\(years)|use:\(use.map { "\($0.fiscalYear).\($0.version)" } ?? "-")"
    }

    static let shownChanges = 12

    func render(scope: AgencyScope, planYear: Int, _ t: Language) -> HTML {
        let items = changes.prefix(Self.shownChanges).map { change -> HTML in "<li>\(t(change.th, change.en))</li>" }
        let more: HTML = changes.count > Self.shownChanges
            ? "<li>\(t("และอีก \(changes.count - Self.shownChanges) รายการ", "and \(changes.count - Self.shownChanges) more"))</li>" : .empty
        let list: HTML = changes.isEmpty
            ? "<p>\(t("ไม่มีการเปลี่ยนแปลงรายการข้อ น้ำหนัก ระดับผลการประเมิน หรือปฏิทิน", "No items, weights, rating levels or calendar dates changed."))</p>"
            : "<ul id=\"criteria-changes\">\(items)\(more)</ul>"
        let action: HTML = scope.canEditPlan
            ? """
              <form method="post" action="\(scope.base)/criteria/adopt?year=\(planYear)">\(CSRF.field(scope.identity))
              <button type="submit">\(t("ใช้เกณฑ์ฉบับใหม่", "Use the new version"))</button>
              <span class="hint">\(t("คะแนนและระดับจะคำนวณใหม่ตามเกณฑ์ฉบับที่ \(newest)", "the score and level are computed again with version \(newest)"))</span></form>
              """
            : "<p class=\"muted\">\(t("ผู้ประสานงาน ITA เลือกใช้เกณฑ์ฉบับใหม่ได้", "The ITA coordinator can take up the new version."))</p>"
        return """
            <section class="notice warning" id="criteria-changed" aria-labelledby="criteria-changed-heading">
            <h2 id="criteria-changed-heading">\(t("เกณฑ์ปี \(fiscalYear) มีฉบับใหม่", "The \(fiscalYear) criteria have a new version"))</h2>
            <p>\(t("ผลการประเมินในหน้านี้คำนวณด้วยเกณฑ์ปี \(fiscalYear) \(CriteriaAdministration.versionName(recorded)) ขณะนี้มีเกณฑ์ฉบับที่ \(newest) ซึ่งเปลี่ยนแปลงดังนี้",
                "This page scores with \(CriteriaAdministration.versionName(recorded, .en)) of the \(fiscalYear) criteria; version \(newest) changed the following:"))</p>
            \(list)
            \(action)
            </section>
            """
    }
}

/// `POST /a/:agency/criteria/adopt`: a plan editor takes up the newest version of the plan's criteria.
struct CriteriaAdoptRoute {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.post("/a/:agency/criteria/adopt", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            let form = try await FormData.read(request, limit: 16 * 1024)
            try CSRF.check(form, identity: scope.identity)
            let plan = try await scope.plan(environment)
            try await CriteriaUseRecorder(environment: environment).recordPlan(
                agency: scope.agency.id, planYear: plan.year.planYear, assessedYear: plan.year.assessedYear,
                actor: scope.identity.actor(at: environment.now()))
            return PageResponse.redirect("\(scope.base)?year=\(plan.year.planYear)")
        }
    }
}

import Foundation
import Hummingbird
import Importing
import Planning
import Scoring
import Workbench

/// `/api/v1/agencies/:agency/years/:year/result` and `…/import`: the results page as JSON.
struct ResultsAPIRoutes {
    let environment: WebEnvironment

    struct ResultAnswer: Encodable {
        var year: FiscalYearRecord
        /// The result checked against the official computation.
        var findings: [Finding]
    }

    struct ImportAnswer: Encodable {
        var format: InputFormat
        var planYear: Int
        /// Whether the plan year was stored before this call.
        var yearExisted: Bool
        var plan: MeasuresPlan
        var warnings: [ImportWarning]
        var findings: [Finding]
        /// What `?confirm=true` did; nil for a preview.
        var stored: PlanImport.Outcome?
    }

    func register(on routes: RouteTable) {
        routes.put("/api/v1/agencies/:agency/years/:year/result", .planEditor) { request, context in
            let scope = try await PlanAPIScope.resolve(request, context, environment)
            try scope.requireEditPlan(request)
            let plan = try await scope.plan(environment)
            let result = try await APIBody.decode(PublishedResult.self, from: request)
            guard result.fiscalYear == scope.year - 1 else {
                throw WebError.badInput(
                    "fiscalYear", th: "แผนปี \(scope.year) ใช้ผลการประเมินปี \(scope.year - 1) แต่ได้รับผลของปี \(result.fiscalYear)",
                    en: "the plan for \(scope.year) analyses the result of \(scope.year - 1), not \(result.fiscalYear)")
            }
            let criteria = try PlanImport.criteria(for: result.fiscalYear, in: environment.catalog)
            do {
                _ = try IndicatorScorer.scoreCard(indicators: result.indicators, criteria: criteria)
            } catch let error as ScoringError {
                throw WebError.badInput("indicators", th: error.messageTH, en: error.messageEN)
            }
            let year = PlanImport.replacingResult(of: plan.year, with: result, at: environment.now())
            let actor = scope.identity.actor(at: environment.now())
            try await WebError.mappingStorage {
                try await environment.repositories.plans.updateFiscalYear(year, actor: actor)
            }
            // The result is scored with the newest criteria of its year from now on.
            try await CriteriaUseRecorder(environment: environment).recordPlan(
                agency: year.agencyID, planYear: year.planYear, assessedYear: year.assessedYear, actor: actor)
            let findings = ConsistencyCheck.check(result, criteria: criteria).findings
            return JSONResponse.encode(ResultAnswer(year: year, findings: findings))
        }
        routes.post("/api/v1/agencies/:agency/years/:year/import", .planEditor) { request, context in
            let scope = try await PlanAPIScope.resolve(request, context, environment)
            try scope.requireEditPlan(request)
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: environment.options.maxUploadBytes)
            } catch {
                throw WebError(.contentTooLarge, th: "ไฟล์มีขนาดใหญ่เกินไป", en: "the file is too large")
            }
            let query = request.uri.queryParameters
            let fileName = query.get("fileName").map { ($0 as NSString).lastPathComponent } ?? "upload"
            // A CSV or JSON result without a year is taken for the year this plan analyses.
            let preview = try await PlanImport.read(
                Data(buffer: body), fileName: fileName, agency: scope.agency, environment: environment,
                assumedAssessedYear: scope.year - 1)
            guard preview.plan.planYear == scope.year else {
                throw WebError.badInput(
                    "year", th: "ไฟล์นี้เป็นของแผนปี \(preview.plan.planYear) ไม่ใช่ปี \(scope.year)",
                    en: "this file is for the plan of \(preview.plan.planYear), not \(scope.year)")
            }
            var answer = ImportAnswer(
                format: preview.format, planYear: preview.plan.planYear, yearExisted: scope.exists, plan: preview.plan,
                warnings: preview.warnings, findings: preview.findings, stored: nil)
            guard query.get("confirm") == "true" else { return JSONResponse.encode(answer) }
            answer.stored = try await preview.store(
                agency: scope.agency, plans: environment.repositories.plans, actor: scope.identity.actor(at: environment.now()))
            return JSONResponse.encode(answer, status: answer.stored == .created ? .created : .ok)
        }
    }
}

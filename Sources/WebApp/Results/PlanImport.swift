import Criteria
import Foundation
import Importing
import Planning
import Scoring
import Storage
import Workbench

/// An uploaded result or measures document, read into the plan that confirming it would store.
/// The preview page, the confirm step and the import API all go through here, so they agree.
struct PlanImport: Sendable {
    var format: InputFormat
    var fileName: String
    /// The published document's own plan, or for a CSV or JSON result a plan drafted from it.
    var plan: MeasuresPlan
    var warnings: [ImportWarning]
    /// The printed table checked against the official computation (empty when there is no printed table).
    var findings: [Finding]
    /// Records the criteria version the plan is scored with when it is stored; set for uploads read
    /// with the app's environment.
    var criteriaUses: CriteriaUseRecorder?

    /// What storing does to a plan year.
    enum Outcome: String, Sendable, Encodable {
        /// The year did not exist and was created with the plan's measures.
        case created
        /// The year existed: its result (and for a document, recommendations and analysis) were replaced.
        case updated
    }

    /// Only a published document carries recommendations and an analysis worth replacing the stored ones.
    var replacesAnalysis: Bool { format == .document }

    /// Reads an upload. Throws `ImportError` (with its line) for input that cannot be read at all,
    /// and `WebError` for input that is not UTF-8 text or cannot be scored.
    static func read(
        data: Data, fileName: String, agency: AgencyRecord, divisions: [String], catalog: CriteriaCatalog,
        assumedAssessedYear: Int? = nil
    ) throws -> PlanImport {
        guard ContentSniffer.isUTF8Text(data) else {
            throw WebError.badInput(
                "file", th: "ไฟล์ \(fileName) ไม่ใช่ไฟล์ข้อความ UTF-8 (ใช้ไฟล์ .txt, .csv หรือ .json)",
                en: "\(fileName) is not UTF-8 text (use a .txt, .csv or .json file)")
        }
        let known = divisions.isEmpty ? TypicalDivisions.subdistrictAdministrativeOrganisation : divisions
        let format = InputFormat.detect(data: data, fileName: fileName)
        if format == .document {
            let imported = try PublishedDocumentImporter(catalog: catalog, knownDivisions: known)
                .importPlan(data: data, fileName: fileName)
            let plan = imported.value
            let findings = catalog.years[plan.assessedYear].map {
                ConsistencyCheck.check(plan.result, criteria: $0, rejectedItems: plan.namedRejectedItems).findings
            } ?? []
            return PlanImport(format: format, fileName: fileName, plan: plan, warnings: imported.warnings, findings: findings)
        }
        let imported = try ResultsImporter.importResult(
            data: data, fileName: fileName, catalog: catalog, fiscalYear: assumedAssessedYear)
        let value = imported.value
        let criteria = try criteria(for: value.input.fiscalYear, in: catalog)
        let card: ScoreCard
        do {
            card = try value.input.scoreCard(criteria: criteria)
        } catch {
            throw WebError.badInput(error.subject, th: error.messageTH, en: error.messageEN)
        }
        let result = tableResult(card: card, printed: value.printed)
        let findings = value.printed.map { table -> [Finding] in
            var printed = table
            printed.fiscalYear = value.input.fiscalYear
            return ConsistencyCheck.check(printed, criteria: criteria, rejectedItems: value.rejectedItems).findings
        } ?? []
        let plan = PlanDrafter(criteria: criteria, divisions: known).draft(
            agency: agency.agency, result: result, recommendations: [],
            weaknesses: rejectedItemWeaknesses(value.rejectedItems, criteria: criteria))
        return PlanImport(format: format, fileName: fileName, plan: plan, warnings: imported.warnings, findings: findings)
    }

    /// Reads an upload for an agency, with the agency's divisions; an importer's refusal becomes
    /// a 400 that names its line and field.
    static func read(
        _ data: Data, fileName: String, agency: AgencyRecord, environment: WebEnvironment, assumedAssessedYear: Int? = nil
    ) async throws -> PlanImport {
        let divisions = try await environment.repositories.agencies.fetchDivisions(agency: agency.id).map(\.name)
        do {
            var imported = try read(
                data: data, fileName: fileName, agency: agency, divisions: divisions, catalog: environment.catalog,
                assumedAssessedYear: assumedAssessedYear)
            imported.criteriaUses = CriteriaUseRecorder(environment: environment)
            return imported
        } catch let error as ImportError {
            throw WebError.importFailure(error)
        }
    }

    /// Creates the plan year, or replaces the result of the existing one without touching its
    /// measures or progress, and records the criteria version it is scored with.
    func store(agency: AgencyRecord, plans: any PlanRepository, actor: Actor) async throws -> Outcome {
        let outcome = try await storePlan(agency: agency, plans: plans, actor: actor)
        try await criteriaUses?.recordPlan(
            agency: agency.id, planYear: plan.planYear, assessedYear: plan.assessedYear, actor: actor)
        return outcome
    }

    private func storePlan(agency: AgencyRecord, plans: any PlanRepository, actor: Actor) async throws -> Outcome {
        try await WebError.mappingStorage {
            if let stored = try await plans.fetchPlan(agency: agency.id, year: plan.planYear)?.year {
                var year = Self.replacingResult(of: stored, with: plan.result, at: actor.at)
                if replacesAnalysis {
                    year.recommendations = plan.recommendations
                    year.analysis = plan.analysis
                    year.assessorSummary = plan.assessorSummary
                }
                try await plans.updateFiscalYear(year, actor: actor)
                return .updated
            }
            try await plans.insertPlan(StoredPlan.from(plan, agency: agency.id, at: actor.at), actor: actor)
            return .created
        }
    }

    /// A year with a new result: the assessed year follows the result, everything else stays.
    static func replacingResult(of year: FiscalYearRecord, with result: PublishedResult, at date: Date) -> FiscalYearRecord {
        var year = year
        year.result = result
        year.assessedYear = result.fiscalYear
        year.updatedAt = date
        return year
    }

    static func criteria(for year: Int, in catalog: CriteriaCatalog) throws -> Criteria {
        guard let criteria = catalog.years[year] else {
            let list = catalog.availableYears.map(String.init).joined(separator: ", ")
            throw WebError.badInput(
                "fiscalYear", th: "ไม่มีเกณฑ์การประเมินของปี \(year) (มี: \(list))",
                en: "there are no criteria for fiscal year \(year) (available: \(list))")
        }
        return criteria
    }

    /// The table as stored: indicators as scored (computed where the input gave items or answers),
    /// and the printed instrument rows, total and level where the input had them.
    static func tableResult(card: ScoreCard, printed: PublishedResult?) -> PublishedResult {
        var result = PublishedResult(
            fiscalYear: card.fiscalYear, indicators: card.indicators.mapValues { $0.rounded() },
            instruments: card.instruments.map {
                PublishedInstrument(code: $0.code, score: $0.displayed, weightPercent: $0.weightPercent, weighted: $0.weighted)
            },
            total: card.total, level: card.level)
        if let printed {
            if !printed.instruments.isEmpty { result.instruments = printed.instruments }
            if let total = printed.total { result.total = total }
            if let level = printed.level { result.level = level }
        }
        return result
    }

    /// OIT items a CSV or JSON result marks as not accepted become urgent weaknesses, so the draft
    /// proposes the measures that answer them.
    static func rejectedItemWeaknesses(_ codes: Set<String>, criteria: Criteria) -> [Int: [Weakness]] {
        let wanted = Set(codes.map { $0.uppercased() })
        var weaknesses: [Int: [Weakness]] = [:]
        for item in criteria.items where wanted.contains(item.code.uppercased()) {
            weaknesses[item.indicator, default: []].append(
                Weakness(text: "ข้อ \(item.code) \(item.textTH) ไม่ได้คะแนน", itemCode: item.code))
        }
        return weaknesses
    }
}

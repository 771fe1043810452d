import Criteria
import Foundation
import Planning
import Storage
import Workbench

/// Changing a year's analysis and recommendations: one validation and one save, used by the
/// analysis page and the API alike. Measures are never touched here.
enum AnalysisEdit {
    /// The API body of `PUT …/analysis`, and what the page form is read into.
    struct Content: Codable, Sendable {
        var analysis: [IndicatorAnalysis]
        var recommendations: [Recommendation]
    }

    /// The content checked against the assessed year's criteria and normalised: analysis in
    /// indicator order, item codes spelled as the criteria spell them, each recommendation's
    /// indicator taken from its item. Throws a 400 naming the first bad field.
    static func validated(_ content: Content, criteria: Criteria) throws -> Content {
        let year = criteria.fiscalYear
        var seen = Set<Int>()
        var analysis: [IndicatorAnalysis] = []
        for (index, var entry) in content.analysis.enumerated() {
            let field = "analysis[\(index)]"
            guard criteria.indicator(entry.indicator) != nil else {
                throw WebError.badInput(
                    "\(field).indicator", th: "ไม่มีตัวชี้วัดที่ \(entry.indicator) ในเกณฑ์ปี \(year)",
                    en: "fiscal year \(year) has no indicator \(entry.indicator)")
            }
            guard seen.insert(entry.indicator).inserted else {
                throw WebError.badInput(
                    "\(field).indicator", th: "ตัวชี้วัดที่ \(entry.indicator) ซ้ำกัน", en: "indicator \(entry.indicator) is given twice")
            }
            entry.keepOrImprove = entry.keepOrImprove.trimmingCharacters(in: .whitespacesAndNewlines)
            for (position, weakness) in entry.urgentWeaknesses.enumerated() {
                let place = "\(field).urgentWeaknesses[\(position)]"
                let placeTH = "ตัวชี้วัดที่ \(entry.indicator) จุดอ่อนข้อที่ \(position + 1)"
                let placeEN = "indicator \(entry.indicator), weakness \(position + 1)"
                guard !weakness.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw WebError.badInput("\(place).text", th: "\(placeTH): กรุณากรอกข้อความ", en: "\(placeEN): the text is empty")
                }
                entry.urgentWeaknesses[position].itemCode = try itemCode(
                    weakness.itemCode, field: "\(place).itemCode", criteria: criteria, th: placeTH, en: placeEN)?.code
            }
            analysis.append(entry)
        }
        var recommendations: [Recommendation] = []
        for (index, var recommendation) in content.recommendations.enumerated() {
            let field = "recommendations[\(index)]"
            let placeTH = "ข้อเสนอแนะแถวที่ \(index + 1)"
            let placeEN = "recommendation \(index + 1)"
            recommendation.text = recommendation.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !recommendation.text.isEmpty else {
                throw WebError.badInput("\(field).text", th: "\(placeTH): กรุณากรอกข้อเสนอแนะ", en: "\(placeEN): the text is empty")
            }
            if let item = try itemCode(recommendation.itemCode, field: "\(field).itemCode", criteria: criteria, th: placeTH, en: placeEN) {
                recommendation.itemCode = item.code
                recommendation.indicator = item.indicator
            } else {
                recommendation.itemCode = nil
                if let number = recommendation.indicator, criteria.indicator(number) == nil {
                    throw WebError.badInput(
                        "\(field).indicator", th: "\(placeTH): ไม่มีตัวชี้วัดที่ \(number) ในเกณฑ์ปี \(year)",
                        en: "\(placeEN): fiscal year \(year) has no indicator \(number)")
                }
            }
            recommendations.append(recommendation)
        }
        return Content(analysis: analysis.sorted { $0.indicator < $1.indicator }, recommendations: recommendations)
    }

    /// The criteria's item for a typed code; nil for no code; a 400 for a code the year lacks.
    private static func itemCode(
        _ code: String?, field: String, criteria: Criteria, th: String, en: String
    ) throws -> Item? {
        guard let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return nil }
        guard let item = criteria.item(code) else {
            throw WebError.badInput(
                field, th: "\(th): ไม่มีข้อ \(code) ในเกณฑ์ปี \(criteria.fiscalYear)",
                en: "\(en): fiscal year \(criteria.fiscalYear) has no item \(code)")
        }
        return item
    }

    /// Validates and stores the content as the year's analysis and recommendations.
    static func save(
        _ content: Content, plan: StoredPlan, environment: WebEnvironment, actor: Actor
    ) async throws -> FiscalYearRecord {
        let criteria = try await environment.criteria(for: plan) ?? PlanImport.criteria(for: plan.year.assessedYear, in: environment.catalog)
        let checked = try validated(content, criteria: criteria)
        var year = plan.year
        year.analysis = checked.analysis
        year.recommendations = checked.recommendations
        year.updatedAt = actor.at
        try await WebError.mappingStorage { try await environment.repositories.plans.updateFiscalYear(year, actor: actor) }
        return year
    }

    /// ร่างใหม่ — the analysis drafted again from the stored result and recommendations. Urgent
    /// weaknesses that no recommendation covers came from the assessor's own table, so they are kept.
    static func redraft(
        plan: StoredPlan, agency: AgencyRecord, environment: WebEnvironment, actor: Actor
    ) async throws -> FiscalYearRecord {
        let criteria = try await environment.criteria(for: plan) ?? PlanImport.criteria(for: plan.year.assessedYear, in: environment.catalog)
        let divisions = try await environment.repositories.agencies.fetchDivisions(agency: agency.id).map(\.name)
        let advised = Set(plan.year.recommendations.compactMap(\.indicator))
        let weaknesses = Dictionary(
            plan.year.analysis.filter { !advised.contains($0.indicator) }.map { ($0.indicator, $0.urgentWeaknesses) },
            uniquingKeysWith: +)
        let drafter = divisions.isEmpty ? PlanDrafter(criteria: criteria) : PlanDrafter(criteria: criteria, divisions: divisions)
        let draft = drafter.draft(
            agency: agency.agency, result: plan.year.result, recommendations: plan.year.recommendations,
            weaknesses: weaknesses, assessorSummary: plan.year.assessorSummary)
        var year = plan.year
        year.analysis = draft.analysis
        year.updatedAt = actor.at
        try await WebError.mappingStorage { try await environment.repositories.plans.updateFiscalYear(year, actor: actor) }
        return year
    }
}

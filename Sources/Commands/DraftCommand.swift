import ArgumentParser
import Criteria
import Foundation
import Importing
import Planning
import Scoring

/// `prongsai draft RESULTS` — drafts next year's analysis and measures.
struct DraftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "ร่างการวิเคราะห์และมาตรการ / draft the analysis and measures for the next fiscal year.")

    @Argument(help: "The result: the published document, a CSV or a JSON result.")
    var results: String

    @Option(help: "Assessor recommendations: a JSON list, or lines like \"I7: text\".")
    var recommendations: String?

    @Option(name: .shortAndLong, help: "Write the plan JSON to this file instead of standard output.")
    var output: String?

    @Option(help: "ประเภทหน่วยงาน, when RESULTS is not a document.")
    var agencyKind = "องค์การบริหารส่วนตำบล"
    @Option(help: "ชื่อหน่วยงาน (without its kind), when RESULTS is not a document.")
    var agencyName = "(ชื่อหน่วยงาน)"
    @Option(help: "อำเภอ, when RESULTS is not a document.")
    var district = "(อำเภอ)"
    @Option(help: "จังหวัด, when RESULTS is not a document.")
    var province = "(จังหวัด)"

    func run() async throws {
        try await reportingFailures(file: results) {
            let catalog = try CriteriaCatalog.shared.get()
            let source = try DraftSource.load(results, catalog: catalog)
            let criteria = try catalog.criteria(for: source.result.fiscalYear)
            var advice = source.recommendations
            if let recommendations {
                advice = try RecommendationsFile.read(recommendations, criteria: criteria)
            }
            let agency = source.agency ?? Agency(kind: agencyKind, name: agencyName, district: district, province: province)
            let plan = PlanDrafter(criteria: criteria).draft(
                agency: agency, result: source.result, recommendations: advice, weaknesses: source.weaknesses,
                assessorSummary: source.assessorSummary)
            let json = try PlanJSON.encode(plan)
            if let output {
                try InputFile.write(json, to: output)
                Console.error("เขียนแล้ว / written: \(output)")
            } else {
                FileHandle.standardOutput.write(json)
            }
        }
    }
}

/// What a draft starts from: a result, and what a published document adds to it.
struct DraftSource {
    var result: PublishedResult
    var agency: Agency?
    var recommendations: [Recommendation]
    var weaknesses: [Int: [Weakness]]
    var assessorSummary: String?

    static func load(_ path: String, catalog: CriteriaCatalog) throws -> DraftSource {
        let data = try InputFile.read(path)
        let name = InputFile.fileName(path)
        if InputFormat.detect(data: data, fileName: name) == .document {
            let imported = try PublishedDocumentImporter(catalog: catalog).importPlan(data: data, fileName: name)
            Console.warnings(imported.warnings, file: path)
            let plan = imported.value
            // The document's own weaknesses repeat its recommendations; keep them only where no
            // recommendation speaks for the indicator.
            let advised = Set(plan.recommendations.compactMap(\.indicator))
            let weaknesses = Dictionary(
                uniqueKeysWithValues: plan.analysis.filter { !advised.contains($0.indicator) }.map { ($0.indicator, $0.urgentWeaknesses) })
            return DraftSource(
                result: plan.result, agency: plan.agency, recommendations: plan.recommendations, weaknesses: weaknesses,
                assessorSummary: plan.assessorSummary)
        }
        let imported = try ResultsImporter.importResult(data: data, fileName: name, catalog: catalog, fiscalYear: nil)
        Console.warnings(imported.warnings, file: path)
        let input = imported.value.input
        let criteria = try catalog.criteria(for: input.fiscalYear)
        let card = try input.scoreCard(criteria: criteria)
        // The plan keeps the figures as a table prints them, computed where the input gave items or answers.
        let result = PublishedResult(
            fiscalYear: input.fiscalYear, indicators: card.indicators.mapValues { $0.rounded() },
            instruments: card.instruments.map {
                PublishedInstrument(code: $0.code, score: $0.displayed, weightPercent: $0.weightPercent, weighted: $0.weighted)
            },
            total: card.total, level: card.level)
        return DraftSource(result: result, agency: nil, recommendations: [], weaknesses: [:], assessorSummary: nil)
    }
}

import ArgumentParser
import Criteria
import Foundation
import Importing
import Planning
import Scoring

/// `prongsai whatif RESULT` — what raises the total most, and the fewest fixes to each higher level.
struct WhatIfCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "อะไรเพิ่มคะแนนได้มากที่สุด / what raises the score most, and the fixes that reach each higher level.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The result: the published measures document (.txt), a CSV or a JSON result with its rejected OIT items.")
    var file: String

    @Option(help: "A plan (JSON, as `prongsai import` writes it) whose measures are valued too.")
    var plan: String?

    @Option(help: "Points an indicator option adds (default 5).")
    var step: Double = 5

    @Option(help: "text or json.")
    var format: Format = .text

    func run() async throws {
        try await reportingFailures(file: file) {
            let catalog = try CriteriaCatalog.shared.get()
            let data = try InputFile.read(file)
            let imported = try ResultsImporter.importResult(data: data, fileName: InputFile.fileName(file), catalog: catalog)
            Console.warnings(imported.warnings, file: file)
            let input = imported.value.input
            let criteria = try catalog.criteria(for: input.fiscalYear)
            let rejected = imported.value.rejectedItems.union(input.oitItems.filter { !$0.value }.keys)
            let planner = ScoreGainPlanner(
                criteria: criteria, indicators: try input.resolvedIndicators(criteria: criteria), rejectedItems: rejected,
                indicatorStep: Decimal(step))
            let measures: [Measure]
            if let plan {
                measures = try PlanSource.load(plan, catalog: catalog).measures
            } else {
                // A published document carries its own measures; a CSV or JSON result has none.
                measures = (try? PublishedDocumentImporter(catalog: catalog).importPlan(data: data, fileName: InputFile.fileName(file)))?
                    .value.measures ?? []
            }
            let report = WhatIfReport(
                base: try planner.baseline(), items: try planner.itemOptions(), indicators: try planner.indicatorOptions(),
                measures: try planner.measureOptions(measures), targets: try planner.targets(), criteria: criteria)
            switch format {
            case .text: Console.output(report.text())
            case .json: Console.output(try report.json() + "\n")
            }
        }
    }
}

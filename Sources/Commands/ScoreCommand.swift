import ArgumentParser
import Criteria
import Foundation
import Importing
import Scoring

/// `prongsai score FILE` — scores a result and checks its printed table.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "คำนวณคะแนน ITA และตรวจตาราง / score a result and check its printed table.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "The published document (.txt), a CSV or a JSON result.")
    var file: String

    @Option(help: "The assessed fiscal year (พ.ศ.), when the file does not say it or to override it.")
    var year: Int?

    @Option(help: "text, json or csv.")
    var format: Format = .text

    func run() async throws {
        try await reportingFailures(file: file) {
            let catalog = try CriteriaCatalog.shared.get()
            let data = try InputFile.read(file)
            let imported = try ResultsImporter.importResult(
                data: data, fileName: InputFile.fileName(file), catalog: catalog, fiscalYear: year)
            Console.warnings(imported.warnings, file: file)
            var input = imported.value.input
            if let year { input.fiscalYear = year }
            let criteria = try catalog.criteria(for: input.fiscalYear)
            let card = try input.scoreCard(criteria: criteria)
            var findings: [Finding] = []
            if var printed = imported.value.printed {
                printed.fiscalYear = input.fiscalYear
                findings = ConsistencyCheck.check(printed, criteria: criteria, rejectedItems: imported.value.rejectedItems).findings
            }
            let report = ScoreReport(card: card, findings: findings)
            switch format {
            case .text: Console.output(report.text(criteria: criteria))
            case .json: Console.output(try report.json() + "\n")
            case .csv: Console.output(report.csv())
            }
        }
    }
}

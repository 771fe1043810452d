import ArgumentParser
import Criteria
import ExampleData
import Foundation
import Importing
import Planning
import Scoring

/// `prongsai demo` — the example agency through the whole cycle.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "สาธิตทั้งรอบกับ อบต.ทับคล้อ / run the example agency through the whole cycle.")

    @Option(name: .shortAndLong, help: "The folder to write into.")
    var output = "prongsai-demo"

    func run() async throws {
        try await reportingFailures(file: ExampleAgency.documentFileName) {
            let catalog = try CriteriaCatalog.shared.get()
            let text = ExampleAgency.documentText
            let imported = try PublishedDocumentImporter(catalog: catalog)
                .importPlan(text: text, fileName: ExampleAgency.documentFileName)
            let plan = imported.value
            Console.output("1. นำเข้าเอกสาร / imported \(ExampleAgency.documentFileName): "
                + "\(plan.recommendations.count) ข้อเสนอแนะ/recommendations, \(plan.measures.count) มาตรการ/measures, "
                + "\(imported.warnings.count) การซ่อม/repairs (run `prongsai import` to see each one)\n\n")

            let criteria = try catalog.criteria(for: plan.assessedYear)
            let card = try IndicatorScorer.scoreCard(indicators: plan.result.indicators, criteria: criteria)
            let findings = ConsistencyCheck.check(plan.result, criteria: criteria, rejectedItems: imported.namedRejectedItems).findings
            Console.output("2. คะแนน / score\n")
            Console.output(ScoreReport(card: card, findings: findings).text(criteria: criteria) + "\n")

            let advised = Set(plan.recommendations.compactMap(\.indicator))
            let weaknesses = Dictionary(uniqueKeysWithValues: plan.analysis.filter { !advised.contains($0.indicator) }.map { ($0.indicator, $0.urgentWeaknesses) })
            let draft = PlanDrafter(criteria: criteria).draft(
                agency: plan.agency, result: plan.result, recommendations: plan.recommendations, weaknesses: weaknesses,
                assessorSummary: plan.assessorSummary)

            Console.output("3. เอกสาร / documents\n")
            var written: [String] = []
            for (name, value) in [("thapkhlo-\(plan.planYear)", plan), ("thapkhlo-\(plan.planYear)-draft", draft)] {
                let json = "\(output)/\(name).json"
                try InputFile.write(try PlanJSON.encode(value), to: json)
                written.append(json)
                for format in DocumentRendering.Format.allCases {
                    let path = "\(output)/\(name).\(format.rawValue)"
                    do {
                        try InputFile.write(try DocumentRendering.render(value, as: format, catalog: catalog), to: path)
                        written.append(path)
                    } catch let failure as CommandFailure where format == .pdf {
                        Console.error("ข้าม PDF / skipped the PDF: \(failure.messageTH) / \(failure.messageEN)")
                    }
                }
            }
            for path in written {
                Console.output("   \(URL(fileURLWithPath: path).standardizedFileURL.path)\n")
            }
        }
    }
}

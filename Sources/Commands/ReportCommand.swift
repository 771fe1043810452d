import ArgumentParser
import Criteria
import Foundation

/// `prongsai report PLAN_OR_DOCUMENT` — the measures document as HTML, .docx or PDF.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "จัดทำเอกสารมาตรการ / render the measures document.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, docx, pdf }

    @Argument(help: "A plan JSON (from import or draft) or a published document.")
    var plan: String

    @Option(help: "html, docx or pdf.")
    var format: Format

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    func run() async throws {
        try await reportingFailures(file: plan) {
            let catalog = try CriteriaCatalog.shared.get()
            let measuresPlan = try PlanSource.load(plan, catalog: catalog)
            let data = try DocumentRendering.render(
                measuresPlan, as: DocumentRendering.Format(rawValue: format.rawValue)!, catalog: catalog)
            try InputFile.write(data, to: output)
            Console.error("เขียนแล้ว / written: \(output)")
        }
    }
}

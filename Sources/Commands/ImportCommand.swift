import ArgumentParser
import Criteria
import Foundation
import Importing

/// `prongsai import DOCUMENT` — the published document as a plan in JSON.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "นำเข้าเอกสารมาตรการที่เผยแพร่แล้ว / import a published measures document as JSON.")

    enum Format: String, ExpressibleByArgument { case json }

    @Argument(help: "The document's text (as extracted from the PDF).")
    var document: String

    @Option(help: "json (the only format).")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        try await reportingFailures(file: document) {
            let catalog = try CriteriaCatalog.shared.get()
            let data = try InputFile.read(document)
            let result = try PublishedDocumentImporter(catalog: catalog)
                .importPlan(data: data, fileName: InputFile.fileName(document))
            Console.warnings(result.warnings, file: document)
            let json = try PlanJSON.encode(result.value)
            if let output {
                try InputFile.write(json, to: output)
                Console.error("เขียนแล้ว / written: \(output)")
            } else {
                FileHandle.standardOutput.write(json)
            }
        }
    }
}

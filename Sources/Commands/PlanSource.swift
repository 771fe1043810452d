import Criteria
import Foundation
import Importing
import Planning

/// Reads a plan from a JSON plan file or from a published document.
enum PlanSource {
    static func load(_ path: String, catalog: CriteriaCatalog) throws -> MeasuresPlan {
        let data = try InputFile.read(path)
        switch PlanJSON.decodeIfPlan(data) {
        case .success(let plan)?:
            return plan
        case .failure(let error)?:
            throw CommandFailure(
                location: "\(path): \(PlanJSON.path(of: error))",
                messageTH: "ไฟล์แผนไม่ถูกต้อง", messageEN: "not a valid plan: \(error.plainReason)")
        case nil:
            let importer = PublishedDocumentImporter(catalog: catalog)
            let result = try importer.importPlan(data: data, fileName: InputFile.fileName(path))
            Console.warnings(result.warnings, file: path)
            return result.value
        }
    }
}

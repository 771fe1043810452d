import Criteria
import Foundation
import Planning
import Scoring

/// One entry for importing a result from any supported input.
public enum ResultsImporter {
    /// Detects the format and imports. For a published document: the input holds the table's
    /// indicator scores, `printed` the whole table, and `rejectedItems` the OIT items it names.
    /// `fiscalYear` is used by CSV and JSON inputs that do not state one.
    public static func importResult(
        data: Data, fileName: String?, catalog: CriteriaCatalog, fiscalYear: Int? = nil
    ) throws(ImportError) -> ImportResult<ResultImport> {
        switch InputFormat.detect(data: data, fileName: fileName) {
        case .csv:
            return try ResultsCSVImporter(catalog: catalog).importResult(data: data, fileName: fileName, fiscalYear: fiscalYear)
        case .json:
            return try ResultsJSONImporter(catalog: catalog).importResult(data: data, fileName: fileName, fiscalYear: fiscalYear)
        case .document:
            let imported = try PublishedDocumentImporter(catalog: catalog).importPlan(data: data, fileName: fileName)
            let plan = imported.value
            let result = ResultImport(
                input: ResultInput(fiscalYear: plan.assessedYear, indicators: plan.result.indicators),
                printed: plan.result, rejectedItems: imported.namedRejectedItems)
            return ImportResult(value: result, warnings: imported.warnings)
        }
    }
}

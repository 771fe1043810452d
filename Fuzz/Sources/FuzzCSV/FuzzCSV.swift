import Criteria
import Foundation
import Importing

let catalog = try! CriteriaCatalog.bundled()
let importer = ResultsCSVImporter(catalog: catalog)

/// Any bytes as a results CSV, with a fallback year so rows past the year line are reached.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = try? importer.importResult(data: bytes, fileName: "fuzz.csv", fiscalYear: 2566)
    return 0
}

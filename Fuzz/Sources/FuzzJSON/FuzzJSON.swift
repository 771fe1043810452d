import Criteria
import Foundation
import Importing

let catalog = try! CriteriaCatalog.bundled()
let importer = ResultsJSONImporter(catalog: catalog)

/// Any bytes as a results JSON, with a fallback year so payloads without one are still checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = try? importer.importResult(data: bytes, fileName: "fuzz.json", fiscalYear: 2566)
    return 0
}

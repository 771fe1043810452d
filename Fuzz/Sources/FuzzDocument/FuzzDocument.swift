import Criteria
import Foundation
import Importing

let catalog = try! CriteriaCatalog.bundled()
let importer = PublishedDocumentImporter(catalog: catalog)

/// Any bytes as a published measures document: an ImportError is an answer, a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = try? importer.importPlan(data: bytes, fileName: "fuzz.txt")
    return 0
}

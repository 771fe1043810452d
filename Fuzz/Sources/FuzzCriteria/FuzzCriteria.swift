import Criteria
import Foundation

/// Any bytes as a criteria year file: decoding and validation must refuse, never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = try? CriteriaLoader.load(bytes, file: "fuzz.json")
    return 0
}

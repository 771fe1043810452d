import Foundation
import OfficePackage

/// Any bytes as a zip, unpacked with the attachment limits: a refusal or a corrupt-file error is an
/// answer, a trap or a timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = try? ZipPackage.parts(of: bytes, limits: .attachment)
    return 0
}

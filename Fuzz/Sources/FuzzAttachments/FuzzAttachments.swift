import Complaints
import Foundation
import OfficePackage
import Workbench

/// Every kind the public complaint form accepts; .docx and .xlsx share a path but are both named.
/// `FUZZ_ATTACHMENT_KINDS=pdf,png,jpeg` limits the run to some of them, for example to keep fuzzing the PDF
/// and image cleaners while a crash in the zip reader is open.
let kinds: [ContentSniffer.Kind] = {
    let all = [ContentSniffer.pdf, ContentSniffer.png, ContentSniffer.jpeg, ContentSniffer.docx, ContentSniffer.xlsx]
    guard let chosen = ProcessInfo.processInfo.environment["FUZZ_ATTACHMENT_KINDS"] else { return all }
    let names = Set(chosen.split(separator: ",").map(String.init))
    return all.filter { names.contains($0.fileExtension) }
}()

/// Any bytes as an attachment of every kind, through `cleaned` with the production limits: a refusal
/// (zip bomb) is an answer, a trap or a timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    for kind in kinds {
        _ = try? AttachmentMetadataStripper.cleaned(bytes, kind: kind, limits: .attachment)
    }
    return 0
}

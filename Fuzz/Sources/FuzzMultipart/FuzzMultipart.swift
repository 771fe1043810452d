import Foundation

/// The input's first line is the Content-Type header and the rest is the body, so the boundary parameter
/// is fuzzed too; a header without a usable boundary falls back to "X". A WebError is an answer, a trap
/// or a timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let newline = bytes.firstIndex(of: 0x0A) ?? size
    let contentType = String(decoding: bytes[0..<newline], as: UTF8.self)
    let body = Data(bytes[min(newline + 1, size)...])
    let boundary = MultipartBody.boundary(in: contentType) ?? "X"
    if let form = try? MultipartBody.parse(body, boundary: boundary) {
        precondition(form.files.count + form.fields.values.reduce(0) { $0 + $1.count } <= MultipartBody.maximumParts)
    }
    return 0
}

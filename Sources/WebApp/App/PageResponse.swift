import Foundation
import Hummingbird

/// Responses of the kinds the pages send.
enum PageResponse {
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// After a successful POST: back to a page, so a reload does not submit again.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// A file to download, with a name the browser keeps (Thai names are percent-encoded per RFC 6266).
    static func download(_ data: Data, type: String, fileName: String, inline: Bool = false) -> Response {
        let ascii = fileName.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" } ? fileName : "download"
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
        let disposition = "\(inline ? "inline" : "attachment"); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: disposition],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

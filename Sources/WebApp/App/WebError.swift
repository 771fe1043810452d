import HTTPTypes
import Hummingbird

/// A refusal a user sees: a status and a message in both languages, naming the field when there is one.
struct WebError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var field: String?
    var messageTH: String
    var messageEN: String

    init(_ status: HTTPResponse.Status, field: String? = nil, th: String, en: String) {
        self.status = status
        self.field = field
        self.messageTH = th
        self.messageEN = en
    }

    static func badInput(_ field: String, th: String, en: String) -> WebError {
        WebError(.badRequest, field: field, th: th, en: en)
    }

    static let signInRequired = WebError(.unauthorized, th: "กรุณาเข้าสู่ระบบ", en: "please sign in")
    static let forbidden = WebError(.forbidden, th: "ท่านไม่มีสิทธิ์ทำรายการนี้", en: "you are not allowed to do this")
    static let notFound = WebError(.notFound, th: "ไม่พบหน้าที่ต้องการ", en: "not found")
    static let badCSRF = WebError(
        .forbidden, field: "_csrf", th: "แบบฟอร์มหมดอายุหรือไม่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง",
        en: "the form has expired or is not valid; reload the page and try again")

    /// Plain text for API clients and logs; pages render their own.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        let wantsJSON = request.headers[.accept]?.contains("application/json") == true
            || request.uri.path.hasPrefix("/api/")
        if wantsJSON {
            let body = JSONBody.object([
                "error": .string(messageEN), "errorTH": .string(messageTH), "field": field.map(JSONBody.string) ?? .null,
            ])
            return body.response(status: status)
        }
        let page = ErrorPage.render(status: status, messageTH: messageTH, messageEN: messageEN, field: field)
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}

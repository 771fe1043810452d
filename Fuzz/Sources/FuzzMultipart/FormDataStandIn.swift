import Foundation

// Stand-ins for the parts of WebApp's FormData and WebError that MultipartBody.swift uses, so that file
// compiles here unchanged without Hummingbird. The NUL refusal follows FormData.refuseNUL.

struct FormData: Sendable {
    struct File: Sendable {
        var fieldName: String
        var fileName: String
        var claimedType: String?
        var bytes: Data
    }

    private(set) var fields: [String: [String]] = [:]
    private(set) var files: [File] = []

    mutating func append(file: File) { files.append(file) }

    mutating func appendChecked(field name: String, value: String) throws {
        guard !name.utf8.contains(0), !value.utf8.contains(0) else {
            throw WebError.badInput(name, th: "NUL", en: "NUL")
        }
        fields[name, default: []].append(value)
    }
}

struct WebError: Error {
    enum Status { case badRequest, contentTooLarge }
    var status: Status
    var field: String?
    var messageTH: String
    var messageEN: String

    init(_ status: Status, field: String? = nil, th: String, en: String) {
        self.status = status
        self.field = field
        self.messageTH = th
        self.messageEN = en
    }

    static func badInput(_ field: String, th: String, en: String) -> WebError {
        WebError(.badRequest, field: field, th: th, en: en)
    }
}

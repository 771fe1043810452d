import Foundation
import Hummingbird

/// A submitted form: text fields and uploaded files, from urlencoded or multipart bodies.
struct FormData: Sendable {
    struct File: Sendable {
        var fieldName: String
        var fileName: String
        var claimedType: String?
        var bytes: Data
    }

    private(set) var fields: [String: [String]] = [:]
    private(set) var files: [File] = []

    init(fields: [String: [String]] = [:], files: [File] = []) {
        self.fields = fields
        self.files = files
    }

    /// Reads the body of a POST, refusing anything larger than `limit` bytes (counted as they arrive) and
    /// multipart bodies of more than `maximumParts` parts.
    static func read(_ request: Request, limit: Int, maximumParts: Int = MultipartBody.maximumParts) async throws -> FormData {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw WebError(
                .contentTooLarge, th: "ข้อมูลที่ส่งมีขนาดเกิน \(limit / 1_048_576) MB",
                en: "the upload is larger than \(limit / 1_048_576) MB")
        }
        let data = Data(buffer: buffer)
        let contentType = request.headers[.contentType] ?? ""
        if contentType.hasPrefix("multipart/form-data") {
            guard let boundary = MultipartBody.boundary(in: contentType) else {
                throw WebError.badInput("Content-Type", th: "แบบฟอร์มไม่สมบูรณ์", en: "the multipart form has no boundary")
            }
            return try MultipartBody.parse(data, boundary: boundary, maximumParts: maximumParts)
        }
        return FormData(fields: try URLEncoded.parse(String(decoding: data, as: UTF8.self)))
    }

    /// The first value of a field, trimmed; nil when absent or empty.
    subscript(_ name: String) -> String? {
        guard let value = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Every value of a repeated field, in order.
    func all(_ name: String) -> [String] { fields[name] ?? [] }

    /// A required text field, or a 400 that names it.
    func required(_ name: String, _ labelTH: String, _ labelEN: String) throws -> String {
        guard let value = self[name] else {
            throw WebError.badInput(name, th: "กรุณากรอก\(labelTH)", en: "\(labelEN) is required")
        }
        return value
    }

    func files(named name: String) -> [File] { files.filter { $0.fieldName == name && !$0.bytes.isEmpty } }

    mutating func append(field name: String, value: String) { fields[name, default: []].append(value) }
    mutating func append(file: File) { files.append(file) }

    /// Adds a field as it came from a request: a NUL in it is refused rather than stored, because the text
    /// after it would be lost on the way to the database or a C library without anyone noticing.
    mutating func appendChecked(field name: String, value: String) throws {
        try Self.refuseNUL(name: name, value: value)
        append(field: name, value: value)
    }

    static func refuseNUL(name: String, value: String) throws {
        guard name.utf8.contains(0) || value.utf8.contains(0) else { return }
        let field = String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.value >= 0x20 }))
        throw WebError.badInput(
            field, th: "ช่อง \"\(field)\" มีอักขระ NUL (U+0000) ซึ่งรับไม่ได้ กรุณาลบอักขระนี้แล้วส่งอีกครั้ง",
            en: "the field \"\(field)\" contains a NUL character (U+0000), which cannot be accepted; remove it and send again")
    }
}

/// application/x-www-form-urlencoded
enum URLEncoded {
    /// The fields in order of appearance; a NUL in a name or value is refused (400, naming the field).
    static func parse(_ body: String) throws -> [String: [String]] {
        var fields: [String: [String]] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            try FormData.refuseNUL(name: name, value: value)
            fields[name, default: []].append(value)
        }
        return fields
    }

    static func decode(_ text: Substring) -> String {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
    }
}

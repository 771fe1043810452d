import Foundation

/// multipart/form-data, parsed from a fully received body.
enum MultipartBody {
    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    static func parse(_ body: Data, boundary: String) throws -> FormData {
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var form = FormData()
        var cursor = body.startIndex
        guard let first = body.range(of: delimiter, in: cursor..<body.endIndex) else {
            throw malformed
        }
        cursor = first.upperBound
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[cursor...].starts(with: Data("--".utf8)) { break }
            guard body[cursor...].starts(with: Data("\r\n".utf8)) else { throw malformed }
            cursor += 2
            guard let headersRange = body.range(of: headerEnd, in: cursor..<body.endIndex) else { throw malformed }
            let headers = String(decoding: body[cursor..<headersRange.lowerBound], as: UTF8.self)
            let contentStart = headersRange.upperBound
            guard let next = body.range(of: Data("\r\n".utf8) + delimiter, in: contentStart..<body.endIndex) else {
                throw malformed
            }
            let content = Data(body[contentStart..<next.lowerBound])
            try add(headers: headers, content: content, to: &form)
            cursor = next.upperBound
        }
        return form
    }

    private static func add(headers: String, content: Data, to form: inout FormData) throws {
        var name: String?
        var fileName: String?
        var contentType: String?
        for line in headers.components(separatedBy: "\r\n") {
            let lower = line.lowercased()
            if lower.hasPrefix("content-disposition:") {
                name = parameter("name", in: line)
                fileName = parameter("filename", in: line)
            } else if lower.hasPrefix("content-type:") {
                contentType = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        guard let name else { throw malformed }
        if let fileName {
            form.append(file: FormData.File(fieldName: name, fileName: fileName, claimedType: contentType, bytes: content))
        } else {
            form.append(field: name, value: String(decoding: content, as: UTF8.self))
        }
    }

    /// A quoted parameter of a Content-Disposition line (browsers send UTF-8 file names as they are).
    private static func parameter(_ key: String, in line: String) -> String? {
        let pattern = "; \(key)=\""
        guard let start = line.range(of: pattern) else { return nil }
        var value = ""
        var escaped = false
        for character in line[start.upperBound...] {
            if escaped { value.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "\"" { return value }
            value.append(character)
        }
        return nil
    }

    static let malformed = WebError.badInput("body", th: "แบบฟอร์มที่ส่งมาไม่สมบูรณ์", en: "the multipart form is malformed")
}

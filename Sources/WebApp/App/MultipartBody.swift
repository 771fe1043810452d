import Foundation

/// multipart/form-data, parsed from a fully received body in one forward pass.
///
/// Not vapor/multipart-kit, though it is in the package mirror: the body is already collected under the
/// route's byte limit (`FormData.read`), so streaming would buy nothing here, and this parser is small,
/// linear (every search starts where the previous one ended) and caps the number of parts itself, while
/// the kit would add a package and its build minutes to every build on a 2-core machine.
enum MultipartBody {
    /// Parts in one form. The largest form here (a complaint: eight fields, five files, the form token)
    /// has fewer than twenty.
    static let maximumParts = 64
    /// Bytes of one part's headers: a Content-Disposition with a long Thai file name fits many times over.
    static let maximumHeaderBytes = 16 * 1024

    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            // RFC 2046 allows at most 70 characters.
            return value.isEmpty || value.utf8.count > 70 ? nil : value
        }
        return nil
    }

    static func parse(_ body: Data, boundary: String, maximumParts: Int = maximumParts) throws -> FormData {
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        let nextDelimiter = Array("\r\n--\(boundary)".utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        var form = FormData()
        guard let first = ByteFinder.first(delimiter, in: bytes, from: 0) else { throw malformed }
        var cursor = first + delimiter.count
        var parts = 0
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if ByteFinder.starts(bytes, at: cursor, with: [0x2D, 0x2D]) { break }
            guard ByteFinder.starts(bytes, at: cursor, with: [0x0D, 0x0A]) else { throw malformed }
            parts += 1
            guard parts <= maximumParts else { throw tooManyParts(maximumParts) }
            cursor += 2
            let headerLimit = min(bytes.count, cursor + maximumHeaderBytes + headerEnd.count)
            guard let headersEnd = ByteFinder.first(headerEnd, in: bytes, from: cursor, to: headerLimit) else { throw malformed }
            let headers = String(decoding: bytes[cursor..<headersEnd], as: UTF8.self)
            let contentStart = headersEnd + headerEnd.count
            guard let next = ByteFinder.first(nextDelimiter, in: bytes, from: contentStart) else { throw malformed }
            try add(headers: headers, content: bytes[contentStart..<next], to: &form)
            cursor = next + nextDelimiter.count
        }
        return form
    }

    private static func add(headers: String, content: ArraySlice<UInt8>, to form: inout FormData) throws {
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
            form.append(file: FormData.File(
                fieldName: name, fileName: UploadFileName.cleaned(fileName), claimedType: contentType, bytes: Data(content)))
        } else {
            try form.appendChecked(field: name, value: String(decoding: content, as: UTF8.self))
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

    static func tooManyParts(_ maximum: Int) -> WebError {
        WebError(
            .contentTooLarge, field: "body", th: "แบบฟอร์มที่ส่งมามีส่วนประกอบเกิน \(maximum) ส่วน",
            en: "the form has more than \(maximum) parts")
    }
}

/// Forward searches in a byte array: `memchr` for the first byte, then a comparison of the rest.
enum ByteFinder {
    /// The start of the first occurrence of `pattern` in `from..<to`, or nil.
    static func first(_ pattern: [UInt8], in bytes: [UInt8], from start: Int, to end: Int? = nil) -> Int? {
        let end = min(end ?? bytes.count, bytes.count)
        guard let head = pattern.first, start <= end, end - start >= pattern.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var index = start
            let last = end - pattern.count
            while index <= last {
                guard let hit = memchr(base + index, Int32(head), last - index + 1) else { return nil }
                index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + index, pattern, pattern.count) == 0 { return index }
                index += 1
            }
            return nil
        }
    }

    static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        index + prefix.count <= bytes.count && bytes[index..<index + prefix.count].elementsEqual(prefix)
    }
}

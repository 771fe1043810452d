import Foundation

/// Bytes to text for every importer: UTF-8 (with or without a byte-order mark) or UTF-16 with one.
/// Anything else is refused with an error rather than guessed at.
enum TextDecoding {
    static func text(from data: Data, fileName: String?) throws(ImportError) -> String {
        let bytes = [UInt8](data)
        let text: String?
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = String(data: data, encoding: .utf16)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            text = String(validating: body, as: UTF8.self)
        }
        guard let text else {
            throw ImportError(
                fileName: fileName, field: "file", messageTH: "ไฟล์ไม่ใช่ข้อความ UTF-8 หรือ UTF-16",
                messageEN: "the file is not UTF-8 or UTF-16 text")
        }
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        guard !ThaiSpacing.collapsed(body).isEmpty else {
            throw ImportError(fileName: fileName, field: "file", messageTH: "ไฟล์ว่าง", messageEN: "the file is empty")
        }
        if let (line, scalar) = firstControlCharacter(in: body) {
            throw ImportError(
                fileName: fileName, line: line, field: "file",
                messageTH: "ไฟล์มีอักขระควบคุม U+\(hex(scalar)) จึงไม่ใช่ไฟล์ข้อความ",
                messageEN: "the file holds control character U+\(hex(scalar)), so it is not a text file")
        }
        return body
    }

    /// The first control character other than tab, line feed, carriage return and form feed.
    private static func firstControlCharacter(in text: String) -> (Int, Unicode.Scalar)? {
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; continue }
            if scalar.properties.generalCategory == .control, !["\t", "\r", "\u{0C}"].contains(scalar) {
                return (line, scalar)
            }
        }
        return nil
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

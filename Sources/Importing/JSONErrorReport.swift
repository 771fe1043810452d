import Criteria
import Foundation

/// Turns a `DecodingError` into an `ImportError` naming the JSON path ("indicators.3",
/// "instruments[0].score") and, for a syntax error, the line.
enum JSONErrorReport {
    static func importError(_ error: DecodingError, data: Data, fileName: String?) -> ImportError {
        switch error {
        case .typeMismatch(let type, let context):
            return ImportError(
                fileName: fileName, field: path(context.codingPath),
                messageTH: "ชนิดข้อมูลไม่ถูกต้อง ควรเป็น \(thaiName(type))", messageEN: "expected \(englishName(type))")
        case .valueNotFound(let type, let context):
            return ImportError(
                fileName: fileName, field: path(context.codingPath),
                messageTH: "ไม่มีค่า ควรเป็น \(thaiName(type))", messageEN: "missing value, expected \(englishName(type))")
        case .keyNotFound(let key, let context):
            return ImportError(
                fileName: fileName, field: path(context.codingPath + [key]),
                messageTH: "ไม่มีคีย์ \"\(key.stringValue)\"", messageEN: "missing key \"\(key.stringValue)\"")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            let (line, detail) = syntaxProblem(in: data)
            return ImportError(
                fileName: fileName, line: line, field: "json",
                messageTH: "ไม่ใช่ JSON ที่ถูกต้อง\(detail.isEmpty ? "" : " (\(detail))")",
                messageEN: "not valid JSON\(detail.isEmpty ? "" : " (\(detail))")")
        case .dataCorrupted(let context):
            return ImportError(
                fileName: fileName, field: path(context.codingPath),
                messageTH: "ค่าไม่ถูกต้อง: \(context.debugDescription)", messageEN: "invalid value: \(context.debugDescription)")
        @unknown default:
            return ImportError(fileName: fileName, field: "json", messageTH: "อ่าน JSON ไม่ได้", messageEN: "unreadable JSON")
        }
    }

    /// "indicators.11", "instruments[0].score".
    static func path(_ keys: [any CodingKey]) -> String { CodingPath.describe(keys) }

    /// Where the syntax breaks. JSONDecoder does not say; JSONSerialization gives a character offset
    /// (it is used only for this message, never for values).
    private static func syntaxProblem(in data: Data) -> (Int?, String) {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return (nil, "")
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            guard let offset = TextPattern(#"character ([0-9]+)"#).firstMatch(in: detail)?.group(0).flatMap({ Int($0) }) else {
                return (nil, detail)
            }
            let line = data.prefix(offset).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            return (line, detail)
        }
    }

    private static func thaiName(_ type: Any.Type) -> String {
        switch "\(type)" {
        case "Int": "จำนวนเต็ม"
        case "Decimal": "ตัวเลข"
        case "String": "ข้อความ"
        case "Bool": "true/false"
        default: "\(type)"
        }
    }

    private static func englishName(_ type: Any.Type) -> String {
        switch "\(type)" {
        case "Int": "a whole number"
        case "Decimal": "a number"
        case "String": "a string"
        case "Bool": "true or false"
        default: "\(type)"
        }
    }
}

import Criteria
import Foundation
import Planning

/// Reads assessor recommendations given by hand: a JSON list of recommendations, or text lines
/// such as "I7: …" or "ข้อ O38 : …".
enum RecommendationsFile {
    static func read(_ path: String, criteria: Criteria) throws -> [Recommendation] {
        let data = try InputFile.read(path)
        if let first = data.first(where: { !" \n\r\t".utf8.contains($0) }), first == UInt8(ascii: "[") {
            do {
                return try JSONDecoder().decode([Recommendation].self, from: data).map { try resolved($0, criteria: criteria, place: path) }
            } catch let error as DecodingError {
                throw CommandFailure(location: "\(path): \(PlanJSON.path(of: error))", messageTH: "รายการข้อเสนอแนะไม่ถูกต้อง", messageEN: error.plainReason)
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(location: path, messageTH: "ไม่ใช่ข้อความ UTF-8", messageEN: "not UTF-8 text")
        }
        var list: [Recommendation] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let match = line.firstMatch(of: /^(?:ข้อ\s*)?([IiEeOo]\d{1,2})\s*[:：.\-]?\s*(.+)$/) else {
                throw CommandFailure(
                    location: "\(path):\(index + 1)",
                    messageTH: "ต้องขึ้นต้นด้วยรหัสข้อ เช่น \"I7: ข้อความ\"",
                    messageEN: "a line must start with an item code, e.g. \"I7: text\"")
            }
            let recommendation = Recommendation(itemCode: String(match.1).uppercased(), indicator: nil, text: String(match.2))
            list.append(try resolved(recommendation, criteria: criteria, place: "\(path):\(index + 1)"))
        }
        return list
    }

    /// Fills in the indicator from the criteria, refusing codes the year does not have.
    static func resolved(_ recommendation: Recommendation, criteria: Criteria, place: String) throws -> Recommendation {
        var result = recommendation
        guard let code = recommendation.itemCode else { return result }
        guard let item = criteria.item(code) else {
            throw CommandFailure(
                location: "\(place): \(code)",
                messageTH: "ปี \(criteria.fiscalYear) ไม่มีข้อ \(code)",
                messageEN: "fiscal year \(criteria.fiscalYear) has no item \(code)")
        }
        result.itemCode = item.code
        result.indicator = item.indicator
        return result
    }
}

import Foundation
import Planning

/// The analysis form's fields, read into `AnalysisEdit.Content` as typed (checking comes after,
/// so a refused form can be shown again with what was typed), and the weakness text format.
///
/// Weaknesses are one per line. A line may start with the item code in brackets, "[O27] …";
/// lines starting with "-" are the listed parts (details) of the weakness above them.
enum AnalysisForm {
    static func content(from form: FormData) throws -> AnalysisEdit.Content {
        var analysis: [IndicatorAnalysis] = []
        for text in form.all("indicator") {
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw WebError.badInput("indicator", th: "ตัวชี้วัด \(text) ไม่ถูกต้อง", en: "indicator \(text) is not a number")
            }
            let prefix = "analysis.\(number)."
            let stance: IndicatorAnalysis.Stance
            switch form[prefix + "stance"] {
            case "keep": stance = .keep
            case "develop", nil: stance = .develop
            case let other?:
                throw WebError.badInput(prefix + "stance", th: "ค่า \(other) ไม่ใช่ทางเลือกที่มี", en: "\(other) is not one of the choices")
            }
            analysis.append(IndicatorAnalysis(
                indicator: number, stance: stance, keepOrImprove: form[prefix + "keepOrImprove"] ?? "",
                urgentWeaknesses: weaknesses(from: form.all(prefix + "urgentWeaknesses").first ?? "")))
        }
        let codes = form.all("recommendations.itemCode")
        let texts = form.all("recommendations.text")
        guard codes.count == texts.count else {
            throw WebError.badInput("recommendations", th: "แบบฟอร์มข้อเสนอแนะไม่ครบ โปรดโหลดหน้าใหม่", en: "the recommendations form is incomplete; reload the page")
        }
        let recommendations = zip(codes, texts).compactMap { code, text -> Recommendation? in
            let code = code.trimmingCharacters(in: .whitespaces)
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            // A row with both cells cleared is a deleted (or an unused blank) row.
            if code.isEmpty && text.isEmpty { return nil }
            return Recommendation(itemCode: code.isEmpty ? nil : code, indicator: nil, text: text)
        }
        return AnalysisEdit.Content(analysis: analysis, recommendations: recommendations)
    }

    /// Reads the textarea format back into weaknesses.
    static func weaknesses(from text: String) -> [Weakness] {
        var result: [Weakness] = []
        for rawLine in text.components(separatedBy: .newlines) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if line.hasPrefix("-"), !result.isEmpty {
                let detail = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if !detail.isEmpty { result[result.count - 1].details.append(detail) }
                continue
            }
            if let match = line.wholeMatch(of: /\[\s*([A-Za-z]{1,2}\s*[0-9]{1,3})\s*\]\s*(.*)/) {
                let code = String(match.1).filter { !$0.isWhitespace }.uppercased()
                result.append(Weakness(text: String(match.2), itemCode: code))
            } else {
                result.append(Weakness(text: line))
            }
        }
        return result
    }

    /// Writes weaknesses in the textarea format.
    static func text(of weaknesses: [Weakness]) -> String {
        weaknesses.map { weakness in
            let head = (weakness.itemCode.map { "[\($0)] " } ?? "") + weakness.text
            return ([head] + weakness.details.map { "- \($0)" }).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

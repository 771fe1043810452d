import Criteria
import Foundation
import ThaiText

/// The checks CSV and JSON results share: which indicators, items and levels the year has, and the
/// 0–100 range. Each failure says what is wrong in Thai and English; the importer adds where.
struct ResultRules: Sendable {
    let criteria: Criteria?

    struct Violation: Error {
        let th: String
        let en: String
    }

    var indicatorNumbers: [Int] { criteria?.indicatorNumbers ?? Array(1...10) }
    private var yearText: String { criteria.map { " ปี \($0.fiscalYear)" } ?? "" }
    private var yearTextEN: String { criteria.map { " in fiscal year \($0.fiscalYear)" } ?? "" }

    static let oitCode = TextPattern(#"^O[0-9]{1,2}$"#)
    static let indicatorLabel = TextPattern(#"^\s*(?:ตัวชี้วัดที่|indicator)?\s*([0-9๐-๙]{1,3})(?:\s|$|\.)"#)

    /// "3", "ตัวชี้วัดที่ 3", "ตัวชี้วัดที่ 3 การใช้อำนาจ" → 3; nil when the text is no indicator label.
    static func indicatorNumber(in text: String) -> Int? {
        indicatorLabel.firstMatch(in: text.lowercased())?.group(0).flatMap(PlainDecimal.parseInt)
    }

    func indicator(_ number: Int) throws(Violation) {
        guard indicatorNumbers.contains(number) else {
            throw Violation(
                th: "ไม่มีตัวชี้วัดที่ \(number)\(yearText) (มี \(indicatorNumbers.first ?? 1)–\(indicatorNumbers.last ?? 10))",
                en: "indicator \(number) does not exist\(yearTextEN) (there are \(indicatorNumbers.first ?? 1)–\(indicatorNumbers.last ?? 10))")
        }
    }

    /// A score, weight or weighted score: 0 to 100 inclusive.
    func percentage(_ value: Decimal, what: (th: String, en: String)) throws(Violation) {
        guard value >= 0, value <= 100 else {
            throw Violation(th: "\(what.th) \(value) อยู่นอกช่วง 0–100", en: "\(what.en) \(value) is outside 0–100")
        }
    }

    /// A number written plainly, or a violation quoting the text.
    func number(_ text: String, what: (th: String, en: String)) throws(Violation) -> Decimal {
        guard let value = PlainDecimal.parse(text) else {
            throw Violation(th: "\(what.th) \"\(text)\" ไม่ใช่ตัวเลข", en: "\(what.en) \"\(text)\" is not a number")
        }
        try percentage(value, what: what)
        return value
    }

    /// The OIT item as the criteria spell it ("o2" → "O2").
    func oitItem(_ raw: String) throws(Violation) -> String {
        let code = ThaiSpacing.unspaced(raw).uppercased()
        guard let criteria else {
            guard Self.oitCode.isMatched(by: code) else {
                throw Violation(th: "\"\(raw)\" ไม่ใช่รหัสข้อ OIT", en: "\"\(raw)\" is not an OIT item code")
            }
            return code
        }
        guard let item = criteria.item(code), criteria.indicator(item.indicator)?.instrument == .oit else {
            throw Violation(th: "ไม่มีข้อ OIT \"\(raw)\"\(yearText)", en: "\"\(raw)\" is not an OIT item\(yearTextEN)")
        }
        return item.code
    }

    func level(_ raw: String) throws(Violation) -> String {
        // Letter bands are written in either case; from 2567 the level is a rating in Thai (ผ่านดี).
        let level = raw.trimmingCharacters(in: .whitespaces).uppercased()
        let known = criteria?.levelNames ?? ["AA", "A", "B", "C", "D", "E", "F"]
        guard known.contains(level) else {
            throw Violation(
                th: "ไม่มีระดับ \"\(raw)\"\(yearText) (มี \(known.joined(separator: ", ")))",
                en: "\"\(raw)\" is not a level\(yearTextEN) (levels: \(known.joined(separator: ", ")))")
        }
        return level
    }

    func fiscalYear(_ year: Int) throws(Violation) {
        guard (2500...2700).contains(year) else {
            throw Violation(
                th: "ปีงบประมาณ \(year) ไม่ใช่ปี พ.ศ. (เช่น 2565)",
                en: "fiscal year \(year) is not a Buddhist-era year (e.g. 2565)")
        }
    }

    /// ผ่าน/ไม่ผ่าน, 1/0, 100/0, true/false, yes/no, มี/ไม่มี → accepted or not.
    static func verdict(_ raw: String) -> Bool? {
        switch ThaiNormalizer.arabicDigits(raw.trimmingCharacters(in: .whitespaces)).lowercased() {
        case "1", "100", "true", "yes", "y", "pass", "passed", "ผ่าน", "มี", "✓": true
        case "0", "0.00", "false", "no", "n", "fail", "failed", "ไม่ผ่าน", "ไม่มี", "✗": false
        default: nil
        }
    }
}

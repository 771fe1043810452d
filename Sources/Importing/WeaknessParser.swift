import Criteria
import Foundation
import Planning

/// Reads one cell of urgent weaknesses: "1) … 2) …", with `<p>` debris and `<ol>` lists of missing
/// components that become `details`.
struct WeaknessParser {
    let criteria: Criteria?
    let indicator: Int
    let line: Int
    let field: String

    /// A closing remark after the last listed component ("… 3. การพัฒนาบุคลากร จึงไม่ครบ…") belongs
    /// to the weakness, not to the component: these connectives start such a remark.
    static let closingRemark = TextPattern(#" (จึง|ดังนั้น|ทั้งนี้|อย่างไรก็ตาม)"#)
    static let listStart = TextPattern(#"<(ol|ul)\b[^<>]*(>|$)"#)
    static let listEnd = TextPattern(#"</(ol|ul)\s*>|<p\b"#)

    func parse(_ raw: String, warnings: inout [ImportWarning]) -> [Weakness] {
        let split = NumberedList.split(raw, marker: .parenthesis)
        var pieces = split.items
        let preamble = CellText.clean(split.preamble)
        if pieces.isEmpty {
            pieces = preamble.isEmpty ? [] : [split.preamble]
        } else if !preamble.isEmpty {
            pieces[0] = split.preamble + " " + pieces[0]
        }
        var weaknesses: [Weakness] = []
        for piece in pieces {
            let (text, details) = textAndDetails(piece)
            guard !text.isEmpty else { continue }
            weaknesses.append(Weakness(text: text, itemCode: nil, details: details))
        }
        mapItems(&weaknesses, warnings: &warnings)
        return weaknesses
    }

    /// Splits one weakness into its sentence and its listed components.
    private func textAndDetails(_ raw: String) -> (String, [String]) {
        var main = raw
        var listRaw = ""
        if let start = Self.listStart.firstMatch(in: raw) {
            main = raw.utf16Prefix(upTo: start.range.location)
            let afterTag = raw.utf16Suffix(from: start.range.location + start.range.length)
            if let end = Self.listEnd.firstMatch(in: afterTag) {
                listRaw = afterTag.utf16Prefix(upTo: end.range.location)
                main += " " + afterTag.utf16Suffix(from: end.range.location)
            } else {
                listRaw = afterTag
            }
        } else {
            // A list written inline, without <ol>: only when it has at least two numbered parts.
            let inline = NumberedList.split(raw, marker: .dot)
            if inline.items.count >= 2 {
                main = inline.preamble
                listRaw = inline.items.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ")
            }
        }
        guard !listRaw.isEmpty else { return (CellText.clean(main), []) }
        let list = NumberedList.split(listRaw, marker: .dot)
        var details = list.items.isEmpty ? CellText.blocks(listRaw) : list.items.map(CellText.clean)
        details.removeAll(where: \.isEmpty)
        var remark = ""
        if var last = details.last, let match = Self.closingRemark.firstMatch(in: last) {
            remark = last.utf16Suffix(from: match.range.location)
            last = last.utf16Prefix(upTo: match.range.location)
            details[details.count - 1] = CellText.clean(last)
        }
        return (CellText.clean([main, list.preamble, remark].joined(separator: " ")), details)
    }

    /// For OIT indicators, the item each weakness quotes; a warning for any it cannot place.
    private func mapItems(_ weaknesses: inout [Weakness], warnings: inout [ImportWarning]) {
        guard let criteria, criteria.indicator(indicator)?.instrument == .oit else { return }
        let matcher = OITTitleMatcher(criteria: criteria)
        for index in weaknesses.indices {
            if let code = matcher.itemCode(forWeakness: weaknesses[index].text, indicator: indicator) {
                weaknesses[index].itemCode = code
            } else {
                let title = OITTitleMatcher.quotedTitle(in: weaknesses[index].text)
                warnings.append(ImportWarning(
                    line: line, field: "\(field).urgentWeaknesses[\(index)].itemCode",
                    messageTH: "ไม่พบข้อ OIT ที่มีชื่อตรงกับ \"\(title)\" ในเกณฑ์ปี \(criteria.fiscalYear)",
                    messageEN: "no OIT item of fiscal year \(criteria.fiscalYear) has a title matching \"\(title)\""))
            }
        }
    }
}

import Foundation
import ThaiText

/// Applies `KnownSlips` to an output string and records a warning on the line where each slip is
/// printed, citing another line of the document that spells the word correctly when there is one.
struct SlipRepairer: Sendable {
    let itemCodes: Set<String>
    let document: DocumentLines

    func repair(_ text: String, field: String, lines: [SourceLine], warnings: inout [ImportWarning]) -> String {
        let (repaired, repairs) = KnownSlips.repair(text) { itemCodes.contains($0.uppercased()) }
        var seen: [String: Int] = [:]
        for repair in repairs {
            // The k-th repair of a form is its k-th occurrence, so each warning names its own line.
            let occurrence = seen[repair.printed, default: 0]
            seen[repair.printed] = occurrence + 1
            let places = lines.flatMap { line in
                let count = ThaiNormalizer.normalize(line.text).components(separatedBy: repair.printed).count - 1
                return Array(repeating: line.number, count: count)
            }
            let line = places[safe: occurrence] ?? places.last ?? lines.first?.number
            let witness = confirmingLine(for: repair, in: text, excluding: line)
            let seeTH = witness.map { " (บรรทัด \($0) สะกดถูก)" } ?? ""
            let seeEN = witness.map { " (line \($0) spells it so)" } ?? ""
            warnings.append(ImportWarning(
                line: line, field: field,
                messageTH: "แก้ \"\(repair.printed)\" เป็น \"\(repair.repaired)\": \(repair.reasonTH)\(seeTH)",
                messageEN: "repaired \"\(repair.printed)\" to \"\(repair.repaired)\": \(repair.reasonEN)\(seeEN)"))
        }
        return repaired
    }

    /// Another line printing the repaired word followed by the same few letters as the slip
    /// ("ขอยืมทรัพย์สิน"), i.e. the document itself confirming the reading.
    private func confirmingLine(for repair: TextRepair, in text: String, excluding line: Int?) -> Int? {
        guard let range = text.range(of: repair.printed) else { return nil }
        let following = String(String.UnicodeScalarView(text[range.upperBound...].unicodeScalars.prefix(6)))
        let wanted = ThaiSpacing.unspaced(repair.repaired + following)
        return document.lines.first { candidate in
            candidate.number != line && ThaiSpacing.unspaced(candidate.text).contains(wanted)
        }?.number
    }
}

import Foundation
import Synchronization
import ThaiText

/// Applies `KnownSlips` to an output string and records a warning on the line where each slip is
/// printed, citing another line of the document that spells the word correctly when there is one.
struct SlipRepairer: Sendable {
    let itemCodes: Set<String>
    let document: DocumentLines
    private let witnesses: WitnessIndex

    init(itemCodes: Set<String>, document: DocumentLines) {
        self.itemCodes = itemCodes
        self.document = document
        witnesses = WitnessIndex(document)
    }

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
        return witnesses.lines(containing: wanted).first { $0 != line }
    }
}

/// The document's lines without spacing, made once, and the lines each searched text was found on.
/// Every repair looks for a witness; searching every line again for each repair made a long document's
/// import grow with the square of its length, and the same slips repeat through a document.
private final class WitnessIndex: Sendable {
    private let lines: [(number: Int, unspaced: String)]
    private let found = Mutex<[String: [Int]]>([:])

    init(_ document: DocumentLines) {
        lines = document.lines.map { ($0.number, ThaiSpacing.unspaced($0.text)) }
    }

    /// The numbers of the lines that contain `text`, in order (at most the first two are kept: one
    /// may be the line being repaired).
    func lines(containing text: String) -> [Int] {
        if let known = found.withLock({ $0[text] }) { return known }
        var numbers: [Int] = []
        for line in lines where line.unspaced.contains(text) {
            numbers.append(line.number)
            if numbers.count == 2 { break }
        }
        found.withLock { $0[text] = numbers }
        return numbers
    }
}

import Foundation
import ThaiText

/// Misreadings seen in published measures documents, and the Thai-zero-for-O slip.
///
/// Only whole garbled forms are listed: each is a non-word that the PDF font mapping or OCR made out
/// of a word the same document spells correctly elsewhere, so replacing it cannot hit real text.
enum KnownSlips {
    static let table: [(printed: String, repaired: String, noteTH: String, noteEN: String)] = [
        // Printed "ขอขี้อิมพ์ทรัพย์สิน" where the analysis table has "ขอยืมทรัพย์สิน": the longer form
        // first, so the ขอ in front is not doubled.
        ("ขอขี้อิมพ์", "ขอยืม", "คำว่า \"ขอยืม\" ถูกแปลงจาก PDF ผิด", "a PDF font-mapping slip for \"ขอยืม\" (borrow)"),
        ("ขี้อิมพ์", "ขอยืม", "คำว่า \"ขอยืม\" ถูกแปลงจาก PDF ผิด", "a PDF font-mapping slip for \"ขอยืม\" (borrow)"),
        ("กรรเรียน", "ร้องเรียน", "ตัวอักษรหายจากคำว่า \"ช่องทางร้องเรียน\"",
         "letters lost from \"ร้องเรียน\" (complaint), as in \"ช่องทางร้องเรียน\""),
        ("ดำเนินกานำ", "ดำเนินการนำ", "ตัว ร หายจาก \"ดำเนินการนำ\"",
         "a lost ร in \"ดำเนินการนำ\" (carry out bringing)"),
    ]

    /// A Thai digit zero directly before Arabic digits ("๐42"): no one mixes digit scripts in one
    /// number, so the ๐ is a misread capital O of an item code.
    static let thaiZeroForO = TextPattern(#"(?<![๐-๙0-9A-Za-z])๐([0-9]{1,2})(?![0-9๐-๙])"#)

    /// The text with every known slip repaired, and what was changed. `isItemCode` says whether
    /// "O42" is an item of the year, so a Thai zero is only read as O where that gives a real item.
    static func repair(_ text: String, isItemCode: (String) -> Bool) -> (text: String, repairs: [TextRepair]) {
        var output = text
        var repairs: [TextRepair] = []
        for slip in table {
            let printed = ThaiNormalizer.normalize(slip.printed)
            let occurrences = output.components(separatedBy: printed).count - 1
            guard occurrences > 0 else { continue }
            output = output.replacingOccurrences(of: printed, with: slip.repaired)
            let repair = TextRepair(printed: printed, repaired: slip.repaired, reasonTH: slip.noteTH, reasonEN: slip.noteEN)
            repairs += Array(repeating: repair, count: occurrences)
        }
        let mutable = NSMutableString(string: output)
        var zeroRepairs: [TextRepair] = []
        for match in thaiZeroForO.matches(in: output).reversed() {
            guard let digits = match.group(0), isItemCode("O" + digits) else { continue }
            mutable.replaceCharacters(in: match.range, with: "O" + digits)
            zeroRepairs.insert(TextRepair(
                printed: match.text, repaired: "O" + digits,
                reasonTH: "เลขศูนย์ไทย \"๐\" หน้าตัวเลขอารบิกคือตัว O ของรหัสข้อ",
                reasonEN: "a Thai zero before Arabic digits is the letter O of an item code"), at: 0)
        }
        return (String(mutable), repairs + zeroRepairs)
    }
}

import Criteria
import ThaiText

/// Reads an item code as printed ("I23", "17", "๐42") into the code the criteria use, listing every
/// plausible reading when the print lost or misread a character, and choosing among them.
struct ItemCodeResolver {
    let criteria: Criteria

    /// One way to read a printed code, and the misreading it assumes.
    struct Reading: Hashable {
        let code: String
        let howTH: String
        let howEN: String
    }

    struct Resolution {
        var code: String?
        /// The printed form, set when it differs from `code`.
        var printedCode: String?
        var noteTH: String?
        var noteEN: String?
    }

    /// Every reading of `printed` that names an item of the year. `instrument` is the instrument
    /// whose recommendations the code appears among, when known: a lost letter is that one's.
    func readings(of printed: String, instrument: InstrumentCode?) -> [Reading] {
        let text = ThaiSpacing.unspaced(ThaiNormalizer.arabicDigits(printed)).uppercased()
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return [] }
        let digits = String(String.UnicodeScalarView(scalars.drop { !("0"..."9").contains($0) }))
        var readings: [Reading] = []
        if "IEO".unicodeScalars.contains(first) {
            readings.append(Reading(code: text, howTH: "ตามที่พิมพ์", howEN: "as printed"))
        } else if printed.unicodeScalars.first == "๐" || (first == "0" && digits.count > 1) {
            readings.append(Reading(
                code: "O" + digits.dropFirst(), howTH: "เลขศูนย์คือตัว O", howEN: "the zero is a capital O"))
        } else if first == "L" || first == "|" {
            readings.append(Reading(code: "I" + digits, howTH: "ตัว l คือตัว I", howEN: "the l is a capital I"))
        } else if ("0"..."9").contains(first) {
            let prefixes = instrument.map { [$0.itemPrefix] } ?? InstrumentCode.allCases.map(\.itemPrefix)
            for prefix in prefixes {
                readings.append(Reading(
                    code: "\(prefix)\(digits)", howTH: "ตัวอักษร \(prefix) หายไป", howEN: "the letter \(prefix) was lost"))
            }
            if digits.hasPrefix("1"), digits.count >= 2, instrument == nil || instrument == .iit {
                readings.append(Reading(
                    code: "I" + digits.dropFirst(), howTH: "ตัว I ถูกอ่านเป็นเลข 1",
                    howEN: "the capital I was read as the digit 1"))
            }
        }
        var seen = Set<String>()
        return readings.filter { criteria.item($0.code) != nil && seen.insert($0.code).inserted }
    }

    /// Chooses a reading: the only one; else the one whose indicator is `context.indicator` (where the
    /// analysis table files the same text); else the literal reading, with a note saying so.
    func resolve(
        printed: String, instrument: InstrumentCode?, line: Int, context: (indicator: Int, line: Int)?
    ) -> Resolution {
        let candidates = readings(of: printed, instrument: instrument)
        let shown = "ข้อ \(printed)"
        guard let literal = candidates.first else {
            return Resolution(
                code: nil, printedCode: printed,
                noteTH: "บรรทัด \(line) พิมพ์ \"\(shown)\" ซึ่งไม่ตรงกับข้อใดในเกณฑ์ปี \(criteria.fiscalYear)",
                noteEN: "line \(line) prints \"\(shown)\", which names no item of fiscal year \(criteria.fiscalYear)")
        }
        if candidates.count == 1 {
            guard literal.code != printed else { return Resolution(code: literal.code) }
            return Resolution(
                code: literal.code, printedCode: printed,
                noteTH: "บรรทัด \(line) พิมพ์ \"\(shown)\" อ่านเป็น \(literal.code) (\(literal.howTH))",
                noteEN: "line \(line) prints \"\(shown)\", read as \(literal.code) (\(literal.howEN))")
        }
        let listTH = candidates.map { "\($0.code) (\($0.howTH), ตัวชี้วัดที่ \(indicator($0)))" }
            .joined(separator: " หรือ ")
        let listEN = candidates.map { "\($0.code) (\($0.howEN); indicator \(indicator($0)))" }
            .joined(separator: " or ")
        let openingTH = "บรรทัด \(line) พิมพ์ \"\(shown)\" ซึ่งอ่านได้หลายแบบ: \(listTH)"
        let openingEN = "line \(line) prints \"\(shown)\", which reads several ways: \(listEN)"
        if let context {
            let fitting = candidates.filter { indicator($0) == context.indicator }
            if fitting.count == 1, let chosen = fitting.first {
                let whereTH = "ตารางวิเคราะห์ผล (บรรทัด \(context.line)) จัดข้อความเดียวกันไว้ใต้ตัวชี้วัดที่ \(context.indicator)"
                let whereEN = "the analysis table (line \(context.line)) files the same text under indicator \(context.indicator)"
                return Resolution(
                    code: chosen.code, printedCode: printed,
                    noteTH: "\(openingTH) เลือก \(chosen.code) เพราะ\(whereTH)",
                    noteEN: "\(openingEN). Chose \(chosen.code) because \(whereEN)")
            }
        }
        var whyTH = "ไม่พบข้อความเดียวกันในตารางวิเคราะห์ผล"
        var whyEN = "the analysis table has no matching text"
        if let context {
            whyTH = "ตารางวิเคราะห์ผล (บรรทัด \(context.line)) จัดข้อความไว้ใต้ตัวชี้วัดที่ \(context.indicator) ซึ่งไม่ชี้ขาด"
            whyEN = "the analysis table (line \(context.line)) files the text under indicator \(context.indicator), which does not decide"
        }
        return Resolution(
            code: literal.code, printedCode: printed,
            noteTH: "\(openingTH) คงการอ่านตามตัวพิมพ์ \(literal.code) เพราะ\(whyTH) โปรดตรวจสอบ",
            noteEN: "\(openingEN). Kept the literal reading \(literal.code) because \(whyEN); please check")
    }

    private func indicator(_ reading: Reading) -> Int {
        criteria.item(reading.code)?.indicator ?? 0
    }
}

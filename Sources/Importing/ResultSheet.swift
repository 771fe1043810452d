import Criteria
import Foundation
import Scoring

/// A result being assembled row by row (CSV) or key by key (JSON), refusing duplicates and values
/// the year's criteria do not allow.
struct ResultSheet {
    /// Which part of a row a failure is about; CSV names it as the field, JSON maps it to a path.
    enum Part: String {
        case row, indicator, score, instrument, weightPercent, weighted, total, level, item, verdict
    }

    struct Failure: Error {
        let part: Part
        let violation: ResultRules.Violation
    }

    let rules: ResultRules
    let fiscalYear: Int
    var indicators: [Int: Decimal] = [:]
    var instruments: [PublishedInstrument] = []
    var total: Decimal?
    var level: String?
    var verdicts: [String: Bool] = [:]
    /// Items named as rejected without a full verdict list (JSON `oitRejected`).
    var namedRejected: Set<String> = []

    private func failure(_ part: Part, _ th: String, _ en: String) -> Failure {
        Failure(part: part, violation: ResultRules.Violation(th: th, en: en))
    }

    private func check<T>(_ part: Part, _ body: () throws(ResultRules.Violation) -> T) throws(Failure) -> T {
        do {
            return try body()
        } catch {
            throw Failure(part: part, violation: error)
        }
    }

    mutating func addIndicator(_ number: Int, scoreText: String) throws(Failure) {
        try check(.indicator) { () throws(ResultRules.Violation) in try rules.indicator(number) }
        let score = try check(.score) { () throws(ResultRules.Violation) in
            try rules.number(scoreText, what: ("คะแนนตัวชี้วัดที่ \(number)", "score of indicator \(number)"))
        }
        try addIndicator(number, score: score)
    }

    mutating func addIndicator(_ number: Int, score: Decimal) throws(Failure) {
        try check(.indicator) { () throws(ResultRules.Violation) in try rules.indicator(number) }
        try check(.score) { () throws(ResultRules.Violation) in
            try rules.percentage(score, what: ("คะแนนตัวชี้วัดที่ \(number)", "score of indicator \(number)"))
        }
        guard indicators[number] == nil else {
            throw failure(.indicator, "ตัวชี้วัดที่ \(number) ซ้ำ", "duplicate indicator \(number)")
        }
        indicators[number] = score
    }

    /// Instrument row cells after the code: score, then optional weight % and weighted score.
    mutating func addInstrument(_ code: InstrumentCode, fields: [String]) throws(Failure) {
        let parts: [Part] = [.score, .weightPercent, .weighted]
        var values: [Decimal?] = []
        for (part, text) in zip(parts, fields + Array(repeating: "", count: 3)) {
            if text.isEmpty { values.append(nil); continue }
            let what = ("\(part.rawValue) ของ \(code.rawValue)", "\(part.rawValue) of \(code.rawValue)")
            values.append(try check(part) { () throws(ResultRules.Violation) in try rules.number(text, what: what) })
        }
        guard values[0] != nil else {
            throw failure(.score, "แถว \(code.rawValue) ไม่มีคะแนน", "the \(code.rawValue) row has no score")
        }
        try addInstrument(PublishedInstrument(code: code, score: values[0], weightPercent: values[1], weighted: values[2]))
    }

    mutating func addInstrument(_ instrument: PublishedInstrument) throws(Failure) {
        let code = instrument.code.rawValue
        for (part, value) in [(Part.score, instrument.score), (.weightPercent, instrument.weightPercent), (.weighted, instrument.weighted)] {
            guard let value else { continue }
            try check(part) { () throws(ResultRules.Violation) in
                try rules.percentage(value, what: ("\(part.rawValue) ของ \(code)", "\(part.rawValue) of \(code)"))
            }
        }
        guard !instruments.contains(where: { $0.code == instrument.code }) else {
            throw failure(.instrument, "แบบวัด \(code) ซ้ำ", "duplicate instrument \(code)")
        }
        instruments.append(instrument)
    }

    mutating func setTotal(_ text: String) throws(Failure) {
        let value = try check(.total) { () throws(ResultRules.Violation) in try rules.number(text, what: ("คะแนนรวม", "total")) }
        try setTotal(value)
    }

    mutating func setTotal(_ value: Decimal) throws(Failure) {
        try check(.total) { () throws(ResultRules.Violation) in try rules.percentage(value, what: ("คะแนนรวม", "total")) }
        guard total == nil else { throw failure(.total, "ระบุคะแนนรวมซ้ำ", "the total is given twice") }
        total = value
    }

    mutating func setLevel(_ text: String) throws(Failure) {
        let value = try check(.level) { () throws(ResultRules.Violation) in try rules.level(text) }
        guard level == nil else { throw failure(.level, "ระบุระดับซ้ำ", "the level is given twice") }
        level = value
    }

    mutating func addVerdict(_ rawCode: String, verdictText: String) throws(Failure) {
        guard let verdict = ResultRules.verdict(verdictText) else {
            throw failure(
                .verdict, "ผลการตรวจ \"\(verdictText)\" ของ \(rawCode) อ่านไม่ได้ (ใช้ ผ่าน/ไม่ผ่าน หรือ 1/0)",
                "the verdict \"\(verdictText)\" for \(rawCode) is unreadable (use 1/0, true/false, yes/no, ผ่าน/ไม่ผ่าน)")
        }
        try addVerdict(rawCode, verdict: verdict)
    }

    mutating func addVerdict(_ rawCode: String, verdict: Bool) throws(Failure) {
        let code = try check(.item) { () throws(ResultRules.Violation) in try rules.oitItem(rawCode) }
        guard verdicts[code] == nil else { throw failure(.item, "ข้อ \(code) ซ้ำ", "duplicate item \(code)") }
        verdicts[code] = verdict
    }

    mutating func addNamedRejected(_ rawCode: String) throws(Failure) {
        let code = try check(.item) { () throws(ResultRules.Violation) in try rules.oitItem(rawCode) }
        if verdicts[code] == true {
            throw failure(.item, "ข้อ \(code) ระบุว่าผ่านแต่อยู่ในรายการไม่ผ่าน", "\(code) is given as accepted and as rejected")
        }
        namedRejected.insert(code)
    }

    var resultImport: ResultImport {
        let input = ResultInput(fiscalYear: fiscalYear, indicators: indicators, oitItems: verdicts)
        let hasTable = !instruments.isEmpty || total != nil || level != nil
        let printed = hasTable
            ? PublishedResult(fiscalYear: fiscalYear, indicators: indicators, instruments: instruments, total: total, level: level)
            : nil
        let rejected = Set(verdicts.filter { !$0.value }.keys).union(namedRejected)
        return ResultImport(input: input, printed: printed, rejectedItems: rejected)
    }

    /// Warnings for a partial result: some indicators given but not all; verdicts for some OIT items
    /// only (scoring OIT from items needs every item).
    func completenessWarnings() -> [ImportWarning] {
        var warnings: [ImportWarning] = []
        let absent = rules.indicatorNumbers.filter { indicators[$0] == nil }
        if !indicators.isEmpty, !absent.isEmpty {
            let list = absent.map(String.init).joined(separator: ", ")
            warnings.append(ImportWarning(
                line: nil, field: "indicators", messageTH: "ไม่มีคะแนนตัวชี้วัดที่ \(list)",
                messageEN: "no score for indicator(s) \(list)"))
        }
        if let criteria = rules.criteria, !verdicts.isEmpty {
            let all = criteria.indicators.filter { $0.instrument == .oit }.flatMap(\.allItemCodes)
            let missing = all.filter { verdicts[$0] == nil }
            if !missing.isEmpty {
                warnings.append(ImportWarning(
                    line: nil, field: "oitItems",
                    messageTH: "มีผลการตรวจ \(all.count - missing.count) จาก \(all.count) ข้อ OIT การคำนวณจากรายข้อต้องมีครบทุกข้อ",
                    messageEN: "verdicts for \(all.count - missing.count) of \(all.count) OIT items; scoring from items needs all of them"))
            }
        }
        return warnings
    }
}

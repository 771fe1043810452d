import Criteria
import Foundation
import Scoring

/// Reads a result typed into a spreadsheet and saved as CSV:
///
///     fiscalYear,2565          (or ปีงบประมาณ,2565; optional when the caller gives the year)
///     indicator,score          (or ตัวชี้วัด,คะแนน; optional)
///     1,100.00 … 10,25.00      (or ตัวชี้วัดที่ 1,100.00)
///     IIT,99.80,30,29.94       (optional: instrument score, weight %, weighted score)
///     total,73.35 / level,C    (optional)
///     O2,0                     (optional OIT verdicts: 0/1, ผ่าน/ไม่ผ่าน, true/false, yes/no, 100/0)
///
/// Any bad row is an error naming its line and field; numbers are read exactly as written.
public struct ResultsCSVImporter: Sendable {
    public var catalog: CriteriaCatalog

    public init(catalog: CriteriaCatalog) {
        self.catalog = catalog
    }

    static let yearKeys: Set<String> = ["fiscalyear", "fiscal year", "fiscal_year", "year", "ปีงบประมาณ", "ปี"]
    static let headerKeys: Set<String> = ["indicator", "ตัวชี้วัด", "code", "รหัส"]
    static let totalKeys: Set<String> = ["total", "รวม", "คะแนนรวม"]
    /// From 2567 the level is a rating; its row may carry the reason in a third column, which is not read.
    static let levelKeys: Set<String> = ["level", "ระดับ", "rating", "ผลการประเมิน"]

    /// Reads CSV bytes (UTF-8, optional byte-order mark). `fiscalYear` is used when the file has none.
    public func importResult(
        data: Data, fileName: String? = nil, fiscalYear: Int? = nil
    ) throws(ImportError) -> ImportResult<ResultImport> {
        try importResult(text: TextDecoding.text(from: data, fileName: fileName), fileName: fileName, fiscalYear: fiscalYear)
    }

    /// Reads CSV text; the same rules as `importResult(data:fileName:fiscalYear:)`.
    public func importResult(
        text: String, fileName: String? = nil, fiscalYear: Int? = nil
    ) throws(ImportError) -> ImportResult<ResultImport> {
        let records = try CSVReader.records(text, fileName: fileName)
        func fail(_ line: Int?, _ field: String, _ violation: ResultRules.Violation) -> ImportError {
            ImportError(fileName: fileName, line: line, field: field, messageTH: violation.th, messageEN: violation.en)
        }
        var warnings: [ImportWarning] = []
        let year = try self.fiscalYear(records, given: fiscalYear, fileName: fileName)
        let criteria = CriteriaChoice.criteria(for: year, in: catalog, allowNearest: false, line: nil, warnings: &warnings)
        var sheet = ResultSheet(rules: ResultRules(criteria: criteria), fiscalYear: year)
        for record in records {
            let key = record.fields[0].lowercased()
            if Self.yearKeys.contains(key) || Self.headerKeys.contains(key) || key.hasPrefix("#") { continue }
            do throws(ResultSheet.Failure) {
                try read(record, key: key, into: &sheet)
            } catch {
                throw fail(record.line, error.part.rawValue, error.violation)
            }
        }
        guard !sheet.indicators.isEmpty || !sheet.verdicts.isEmpty else {
            throw ImportError(
                fileName: fileName, field: "indicators", messageTH: "ไฟล์ไม่มีคะแนนตัวชี้วัดหรือผลการตรวจข้อ OIT",
                messageEN: "the file has no indicator scores and no OIT verdicts")
        }
        warnings += sheet.completenessWarnings()
        return ImportResult(value: sheet.resultImport, warnings: warnings)
    }

    private func read(_ record: CSVRecord, key: String, into sheet: inout ResultSheet) throws(ResultSheet.Failure) {
        let fields = record.fields
        let value = fields[safe: 1] ?? ""
        if let number = ResultRules.indicatorNumber(in: fields[0]) {
            try sheet.addIndicator(number, scoreText: value)
        } else if let code = InstrumentCode(rawValue: fields[0].uppercased()) {
            try sheet.addInstrument(code, fields: Array(fields.dropFirst()))
        } else if Self.totalKeys.contains(key) {
            try sheet.setTotal(value)
        } else if Self.levelKeys.contains(key) {
            try sheet.setLevel(value)
        } else if key.hasPrefix("o"), key.dropFirst().allSatisfy(\.isNumber) {
            try sheet.addVerdict(fields[0], verdictText: value)
        } else {
            throw ResultSheet.Failure(part: .row, violation: ResultRules.Violation(
                th: "ไม่รู้จักแถว \"\(fields[0])\" (ควรเป็นตัวชี้วัด IIT/EIT/OIT total level หรือรหัสข้อ O)",
                en: "unknown row \"\(fields[0])\" (expected an indicator, IIT/EIT/OIT, total, level or an O item)"))
        }
    }

    /// The year from the file's fiscalYear row, else the caller's; both given must agree.
    private func fiscalYear(_ records: [CSVRecord], given: Int?, fileName: String?) throws(ImportError) -> Int {
        let rows = records.filter { Self.yearKeys.contains($0.fields[0].lowercased()) }
        if rows.count > 1 {
            throw ImportError(
                fileName: fileName, line: rows[1].line, field: "fiscalYear", messageTH: "ระบุปีงบประมาณซ้ำ",
                messageEN: "the fiscal year is given twice")
        }
        guard let row = rows.first else {
            guard let given else {
                throw ImportError(
                    fileName: fileName, field: "fiscalYear",
                    messageTH: "ไฟล์ไม่ระบุปีงบประมาณ (เพิ่มแถว fiscalYear,2565) และไม่ได้ระบุปีมาให้",
                    messageEN: "the file has no fiscal year (add a row fiscalYear,2565) and none was given")
            }
            return given
        }
        let text = row.fields[safe: 1] ?? ""
        guard let year = PlainDecimal.parseInt(text) else {
            throw ImportError(
                fileName: fileName, line: row.line, field: "fiscalYear", messageTH: "ปีงบประมาณ \"\(text)\" ไม่ใช่ตัวเลข",
                messageEN: "fiscal year \"\(text)\" is not a number")
        }
        do {
            try ResultRules(criteria: nil).fiscalYear(year)
        } catch {
            throw ImportError(fileName: fileName, line: row.line, field: "fiscalYear", messageTH: error.th, messageEN: error.en)
        }
        if let given, given != year {
            throw ImportError(
                fileName: fileName, line: row.line, field: "fiscalYear",
                messageTH: "ไฟล์ระบุปี \(year) แต่ระบุปีมาให้เป็น \(given)",
                messageEN: "the file says fiscal year \(year) but \(given) was given")
        }
        return year
    }
}

import Criteria
import Foundation
import Scoring

/// Reads a result as JSON: `{"fiscalYear": 2565, "indicators": {"1": 100.0, …}}`, optionally with
/// `instruments`, `total`, `level`, `oitItems` (item → verdict), `oitRejected` (item list) and raw
/// survey `responses`. Errors name the JSON path ("indicators.11") in Thai and English.
public struct ResultsJSONImporter: Sendable {
    public var catalog: CriteriaCatalog

    public init(catalog: CriteriaCatalog) {
        self.catalog = catalog
    }

    /// Reads JSON bytes (UTF-8, optional byte-order mark). `fiscalYear` is used when the JSON has none.
    public func importResult(
        data: Data, fileName: String? = nil, fiscalYear: Int? = nil
    ) throws(ImportError) -> ImportResult<ResultImport> {
        let text = try TextDecoding.text(from: data, fileName: fileName)
        let payload = try decode(Data(text.utf8), fileName: fileName)
        func fail(_ path: String, _ violation: ResultRules.Violation) -> ImportError {
            ImportError(fileName: fileName, field: path, messageTH: violation.th, messageEN: violation.en)
        }
        var warnings = payload.unknownKeys.map { key in
            ImportWarning(
                line: nil, field: key, messageTH: "ไม่รู้จักคีย์ \"\(key)\" จึงข้ามไป",
                messageEN: "unknown key \"\(key)\" ignored")
        }
        let year = try resolveYear(payload.fiscalYear, given: fiscalYear, fileName: fileName)
        let criteria = CriteriaChoice.criteria(for: year, in: catalog, allowNearest: false, line: nil, warnings: &warnings)
        var sheet = ResultSheet(rules: ResultRules(criteria: criteria), fiscalYear: year)
        var path = ""
        do throws(ResultSheet.Failure) {
            for (key, score) in (payload.indicators ?? [:]).sorted(by: { $0.key < $1.key }) {
                path = "indicators.\(key)"
                guard let number = ResultRules.indicatorNumber(in: key) else {
                    throw ResultSheet.Failure(part: .indicator, violation: .init(
                        th: "\"\(key)\" ไม่ใช่หมายเลขตัวชี้วัด", en: "\"\(key)\" is not an indicator number"))
                }
                try sheet.addIndicator(number, score: score)
            }
            for (index, row) in (payload.instruments ?? []).enumerated() {
                path = "instruments[\(index)]"
                guard let code = InstrumentCode(rawValue: row.code.uppercased()) else {
                    path += ".code"
                    throw ResultSheet.Failure(part: .instrument, violation: .init(
                        th: "\"\(row.code)\" ไม่ใช่แบบวัด (IIT, EIT, OIT)", en: "\"\(row.code)\" is not an instrument (IIT, EIT, OIT)"))
                }
                try sheet.addInstrument(PublishedInstrument(
                    code: code, score: row.score, weightPercent: row.weightPercent, weighted: row.weighted))
            }
            path = "total"
            if let total = payload.total { try sheet.setTotal(total) }
            path = "level"
            if let level = payload.level { try sheet.setLevel(level) }
            for (code, verdict) in (payload.oitItems ?? [:]).sorted(by: { $0.key < $1.key }) {
                path = "oitItems.\(code)"
                try sheet.addVerdict(code, verdict: verdict.accepted)
            }
            for (index, code) in (payload.oitRejected ?? []).enumerated() {
                path = "oitRejected[\(index)]"
                try sheet.addNamedRejected(code)
            }
        } catch {
            throw fail(Self.refine(path, part: error.part), error.violation)
        }
        let responses = try SurveyResponseRules(criteria: criteria).check(payload.responses ?? [:], fileName: fileName)
        guard !sheet.indicators.isEmpty || !sheet.verdicts.isEmpty || !responses.isEmpty || !sheet.namedRejected.isEmpty else {
            throw ImportError(
                fileName: fileName, field: "indicators", messageTH: "ไม่มีคะแนนตัวชี้วัด ผลการตรวจข้อ OIT หรือคำตอบแบบสำรวจ",
                messageEN: "there are no indicator scores, OIT verdicts or survey responses")
        }
        warnings += sheet.completenessWarnings()
        var result = sheet.resultImport
        result.input.responses = responses
        return ImportResult(value: result, warnings: warnings)
    }

    /// An instrument failure names the member: `instruments[0].weighted`.
    private static func refine(_ path: String, part: ResultSheet.Part) -> String {
        guard path.hasPrefix("instruments["), !path.hasSuffix(".code") else { return path }
        switch part {
        case .score, .weightPercent, .weighted: return "\(path).\(part.rawValue)"
        default: return path
        }
    }

    private func resolveYear(_ inFile: Int?, given: Int?, fileName: String?) throws(ImportError) -> Int {
        guard let year = inFile ?? given else {
            throw ImportError(
                fileName: fileName, field: "fiscalYear", messageTH: "ไม่ระบุปีงบประมาณ (\"fiscalYear\": 2565) และไม่ได้ระบุปีมาให้",
                messageEN: "no fiscal year (\"fiscalYear\": 2565) in the JSON and none was given")
        }
        do {
            try ResultRules(criteria: nil).fiscalYear(year)
        } catch {
            throw ImportError(fileName: fileName, field: "fiscalYear", messageTH: error.th, messageEN: error.en)
        }
        if let inFile, let given, inFile != given {
            throw ImportError(
                fileName: fileName, field: "fiscalYear", messageTH: "JSON ระบุปี \(inFile) แต่ระบุปีมาให้เป็น \(given)",
                messageEN: "the JSON says fiscal year \(inFile) but \(given) was given")
        }
        return year
    }

    private func decode(_ data: Data, fileName: String?) throws(ImportError) -> ResultsJSONPayload {
        do {
            return try JSONDecoder().decode(ResultsJSONPayload.self, from: data)
        } catch let error as DecodingError {
            throw JSONErrorReport.importError(error, data: data, fileName: fileName)
        } catch {
            throw ImportError(
                fileName: fileName, field: "json", messageTH: "อ่าน JSON ไม่ได้: \(error)", messageEN: "unreadable JSON: \(error)")
        }
    }
}

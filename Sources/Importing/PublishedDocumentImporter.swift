import Criteria
import Foundation
import Planning
import Scoring

/// Reads the text of a published measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใส, as
/// extracted from its PDF) into a `MeasuresPlan`. Whatever cannot be read becomes a warning and the
/// rest still imports; only input with nothing recognisable at all is an error.
public struct PublishedDocumentImporter: Sendable {
    public var catalog: CriteriaCatalog
    /// Division names the agency is known to have, used to repair broken ones.
    public var knownDivisions: [String]

    public init(
        catalog: CriteriaCatalog, knownDivisions: [String] = TypicalDivisions.subdistrictAdministrativeOrganisation
    ) {
        self.catalog = catalog
        self.knownDivisions = knownDivisions
    }

    /// Decodes the bytes (UTF-8, or UTF-16 with a byte-order mark) and imports them.
    public func importPlan(data: Data, fileName: String? = nil) throws(ImportError) -> ImportResult<MeasuresPlan> {
        try importPlan(text: TextDecoding.text(from: data, fileName: fileName), fileName: fileName)
    }

    /// Imports the document text; throws only when the text is empty or has nothing of a measures document.
    public func importPlan(text: String, fileName: String? = nil) throws(ImportError) -> ImportResult<MeasuresPlan> {
        let document = DocumentLines(text: text)
        let sections = DocumentSections(document)
        let header = DocumentHeaderParser.parse(document, sections: sections)
        var warnings: [ImportWarning] = []

        let years = try resolveYears(header, document: document, sections: sections, fileName: fileName, warnings: &warnings)
        let criteria = CriteriaChoice.criteria(
            for: years.assessed, in: catalog, allowNearest: true, line: header.assessedYear?.line, warnings: &warnings)
        let repairer = SlipRepairer(itemCodes: Set(criteria?.items.map { $0.code.uppercased() } ?? []), document: document)

        var result = ResultsTableParser(criteria: criteria, fiscalYear: years.assessed)
            .parse(document.tableRows(in: sections.results), warnings: &warnings)
        applyHeadline(header, to: &result, criteria: criteria, warnings: &warnings)
        let analysis = AnalysisParser(criteria: criteria, indicatorScores: result.indicators, repairer: repairer)
            .parse(document.tableRows(in: sections.analysis), warnings: &warnings)
        let comments = RecommendationParser(
            criteria: criteria, analysis: analysis.rows, analysisLines: analysis.lines, repairer: repairer
        ).parse(document.paragraphs(in: sections.results), warnings: &warnings)
        let measures = MeasuresTableParser(
            planYear: years.plan, divisions: DivisionNameRepairer(knownNames: knownDivisions), repairer: repairer
        ).parse(document.tableRows(in: sections.measures), warnings: &warnings)

        if header.agency == nil && result.indicators.isEmpty && comments.recommendations.isEmpty
            && analysis.rows.isEmpty && measures.isEmpty
        {
            throw nothingRecognisable(fileName)
        }
        let expected = criteria?.indicatorNumbers ?? Array(1...10)
        warnMissing(header: header, result: result, analysis: analysis.rows, expected: expected,
                    recommendations: comments.recommendations, measures: measures, warnings: &warnings)

        let agency = header.agency ?? Agency(kind: "", name: "", district: "", province: "")
        let plan = MeasuresPlan(
            agency: agency, assessedYear: years.assessed, planYear: years.plan, result: result,
            assessorSummary: comments.summary, recommendations: comments.recommendations,
            analysis: analysis.rows, measures: measures)
        // In reading order; warnings about the whole document (no line) last.
        let ordered = warnings.enumerated().sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
        return ImportResult(value: plan.withNormalizedText(), warnings: ordered.map(\.element))
    }

    private func resolveYears(
        _ header: DocumentHeader, document: DocumentLines, sections: DocumentSections, fileName: String?,
        warnings: inout [ImportWarning]
    ) throws(ImportError) -> (plan: Int, assessed: Int) {
        var plan = header.planYear?.year
        var assessed = header.assessedYear?.year
        if plan == nil, assessed == nil {
            // Last resort: the measures' own periods say which fiscal year they are for.
            let periods = document.lines[document.clamped(sections.measures)].lazy.compactMap { MonthPeriodParser.parse($0.text) }
            if let period = periods.first {
                plan = period.start.fiscalYear.buddhistEra
                warnings.append(ImportWarning(
                    line: nil, field: "planYear",
                    messageTH: "ไม่พบปีงบประมาณในหัวเอกสาร จึงใช้ปี \(plan!) จากระยะเวลาของมาตรการ",
                    messageEN: "no fiscal year in the title; used \(plan!) from the measures' periods"))
            }
        }
        if let known = plan, assessed == nil {
            assessed = known - 1
            warnings.append(ImportWarning(
                line: nil, field: "assessedYear",
                messageTH: "ไม่พบปีที่ประเมิน จึงถือว่าเป็นปีก่อนปีของมาตรการ (\(known - 1))",
                messageEN: "the assessed year is not printed; took the year before the plan year (\(known - 1))"))
        }
        if let known = assessed, plan == nil {
            plan = known + 1
            warnings.append(ImportWarning(
                line: nil, field: "planYear",
                messageTH: "ไม่พบปีของมาตรการ จึงถือว่าเป็นปีถัดจากปีที่ประเมิน (\(known + 1))",
                messageEN: "the plan year is not printed; took the year after the assessed year (\(known + 1))"))
        }
        guard let plan, let assessed else {
            if header.isEmpty && document.tableRows(in: 0..<document.count).isEmpty { throw nothingRecognisable(fileName) }
            throw ImportError(
                fileName: fileName, field: "planYear", messageTH: "ไม่พบปีงบประมาณในเอกสาร",
                messageEN: "the document names no fiscal year")
        }
        if assessed != plan - 1 {
            warnings.append(ImportWarning(
                line: header.assessedYear?.line, field: "assessedYear",
                messageTH: "ปีที่ประเมิน \(assessed) ไม่ใช่ปีก่อนปีของมาตรการ \(plan)",
                messageEN: "the assessed year \(assessed) is not the year before the plan year \(plan)"))
        }
        return (plan, assessed)
    }

    /// The level and total printed in the opening sentence, checked against the table.
    private func applyHeadline(
        _ header: DocumentHeader, to result: inout PublishedResult, criteria: Criteria?, warnings: inout [ImportWarning]
    ) {
        if let level = header.level {
            result.level = level.text
            if let criteria, !criteria.levelNames.contains(level.text) {
                warnings.append(ImportWarning(
                    line: level.line, field: "result.level",
                    messageTH: "ระดับ \(level.text) ไม่มีในเกณฑ์ปี \(criteria.fiscalYear)",
                    messageEN: "level \(level.text) is not a level of fiscal year \(criteria.fiscalYear)"))
            }
        }
        guard let sentence = header.total else { return }
        if let table = result.total, table != sentence.value {
            warnings.append(ImportWarning(
                line: sentence.line, field: "result.total",
                messageTH: "ข้อความระบุคะแนนรวม \(sentence.value) แต่ตารางระบุ \(table) ใช้ค่าจากตาราง",
                messageEN: "the sentence says the total is \(sentence.value) but the table says \(table); the table's is kept"))
        } else if result.total == nil {
            result.total = sentence.value
            warnings.append(ImportWarning(
                line: sentence.line, field: "result.total",
                messageTH: "ไม่พบแถวรวมในตาราง จึงใช้คะแนนรวมจากข้อความ", messageEN: "no total row; took the total from the sentence"))
        }
    }

    private func nothingRecognisable(_ fileName: String?) -> ImportError {
        ImportError(
            fileName: fileName, field: "document",
            messageTH: "ไม่พบส่วนใดของเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส (หน่วยงาน ตารางผลคะแนน ข้อเสนอแนะ หรือมาตรการ)",
            messageEN: "nothing of a measures document was found (agency, result table, recommendations or measures)")
    }
}

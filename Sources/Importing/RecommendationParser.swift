import Criteria
import Foundation
import Planning
import ThaiText

/// Reads the assessor's comments of section 1: the general paragraph and each "ข้อ <code> …"
/// recommendation, cut where the next instrument's narrative was glued on.
struct RecommendationParser {
    let criteria: Criteria?
    /// Section 2, used to decide between readings of a damaged code.
    let analysis: [IndicatorAnalysis]
    let analysisLines: [Int: Int]
    let repairer: SlipRepairer

    static let code = #"[A-Za-z๐|]?\s?[0-9๐-๙]{1,3}"#
    static let header = TextPattern(#"^\s*ข้อ\s*("# + code + #")((?:\s*(?:และ|,|&)\s*"# + code + #")*)\s*[:：]?\s*"#)
    static let codeToken = TextPattern(code)
    /// Where the narrative about the next instrument starts ("…อย่างทั่วถึงในส่วนของการประเมินตามแบบวัด EIT…").
    static let narrative = TextPattern(#"(ในส่วนของ|สำหรับ)\s*(การประเมิน)?\s*(ตาม)?\s*แบบวัด|หน่วยงานได้มีการดำเนินการตามแบบวัด"#)
    static let instrumentMention = TextPattern(#"แบบวัด\s*(?:[^\s]*\s*)?\(?\s*(IIT|EIT|OIT)"#)

    /// The similarity above which a weakness counts as the same text as a recommendation.
    static let sameTextSimilarity = 0.5

    func parse(_ paragraphs: [Paragraph], warnings: inout [ImportWarning]) -> (summary: String?, recommendations: [Recommendation]) {
        var summary: String?
        var recommendations: [Recommendation] = []
        var instrument: InstrumentCode?
        var afterIntro = false
        for paragraph in paragraphs {
            let text = CellText.clean(paragraph.raw)
            if let match = Self.header.firstMatch(in: text) {
                afterIntro = false
                // A lost letter belongs to the instrument being discussed before any glued-on narrative.
                let ownInstrument = instrument
                var body = text.utf16Suffix(from: match.range.length)
                if let cut = Self.narrative.firstMatch(in: body) {
                    let tail = body.utf16Suffix(from: cut.range.location)
                    body = body.utf16Prefix(upTo: cut.range.location)
                    instrument = lastInstrument(in: tail) ?? instrument
                }
                let field = "recommendations[\(recommendations.count)]"
                let codes = [match.group(0) ?? ""] + Self.codeToken.matches(in: match.group(1) ?? "").map(\.text)
                recommendations.append(contentsOf: recommendation(
                    codes: codes, body: body, instrument: ownInstrument, paragraph: paragraph, field: field, warnings: &warnings))
                continue
            }
            // The general comment is the paragraph right after "…ได้ให้ข้อเสนอแนะ… ดังนี้", unless that
            // paragraph already talks about one instrument.
            if afterIntro, lastInstrument(in: text) == nil {
                summary = repairer.repair(text, field: "assessorSummary", lines: paragraph.lines, warnings: &warnings)
            }
            afterIntro = text.contains("ข้อเสนอแนะ") && recommendations.isEmpty && summary == nil
            instrument = lastInstrument(in: text) ?? instrument
        }
        return (summary, recommendations)
    }

    private func recommendation(
        codes: [String], body: String, instrument: InstrumentCode?, paragraph: Paragraph, field: String,
        warnings: inout [ImportWarning]
    ) -> [Recommendation] {
        let text = repairer.repair(CellText.clean(body), field: field + ".text", lines: paragraph.lines, warnings: &warnings)
        if text.isEmpty {
            warnings.append(ImportWarning(
                line: paragraph.firstLine, field: field + ".text",
                messageTH: "ข้อเสนอแนะไม่มีข้อความ", messageEN: "the recommendation has no text"))
        }
        guard let criteria else {
            let printed = codes.isEmpty ? [nil] : codes.map { Optional(ThaiSpacing.unspaced($0)) }
            return printed.map { Recommendation(itemCode: $0, indicator: nil, text: text) }
        }
        let resolver = ItemCodeResolver(criteria: criteria)
        var resolved: [ItemCodeResolver.Resolution] = []
        for (index, printed) in codes.enumerated() {
            let printed = ThaiSpacing.unspaced(printed)
            // Looking for the same text in section 2 is only needed when the code reads several ways.
            let ambiguous = resolver.readings(of: printed, instrument: instrument).count > 1
            let context = index == 0 && ambiguous ? contextIndicator(for: text) : nil
            let resolution = resolver.resolve(
                printed: printed, instrument: instrument, line: paragraph.firstLine, context: context)
            if let noteTH = resolution.noteTH, let noteEN = resolution.noteEN {
                warnings.append(ImportWarning(
                    line: paragraph.firstLine, field: field + ".itemCode",
                    messageTH: noteTH, messageEN: noteEN))
            }
            resolved.append(resolution)
        }
        // "ข้อ E6 และ E7" is one printed recommendation about two items: one entry per item.
        guard !resolved.isEmpty else { return [Recommendation(itemCode: nil, indicator: nil, text: text)] }
        return resolved.map { resolution in
            Recommendation(
                itemCode: resolution.code, indicator: resolution.code.flatMap { criteria.item($0)?.indicator },
                text: text, printedCode: resolution.printedCode)
        }
    }

    /// The indicator under which section 2 lists the same text, with that row's line.
    private func contextIndicator(for text: String) -> (indicator: Int, line: Int)? {
        var best: (indicator: Int, similarity: Double)?
        for row in analysis {
            for weakness in row.urgentWeaknesses {
                let similarity = TextSimilarity.bigramDice(text, weakness.text)
                if similarity > (best?.similarity ?? Self.sameTextSimilarity) { best = (row.indicator, similarity) }
            }
        }
        guard let best else { return nil }
        return (best.indicator, analysisLines[best.indicator] ?? 0)
    }

    private func lastInstrument(in text: String) -> InstrumentCode? {
        Self.instrumentMention.matches(in: text).last.flatMap { $0.group(0) }.flatMap(InstrumentCode.init(rawValue:))
    }
}

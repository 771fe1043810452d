/// Where the parts of a measures document are: the title block, the results and recommendations
/// (section 1), the analysis (section 2) and the measures (section 3), as ranges of line indices.
///
/// A section starts at its numbered heading; where a heading is missing, at its table's header row.
/// Missing sections are empty ranges, so a truncated file simply has fewer parts.
struct DocumentSections: Sendable {
    let title: Range<Int>
    let results: Range<Int>
    let analysis: Range<Int>
    let measures: Range<Int>

    static let resultsHeading = TextPattern(#"^\s*[0-9๐-๙]\s*\.\s*ผลการประเมิน"#)
    static let analysisHeading = TextPattern(#"^\s*[0-9๐-๙]\s*\.\s*การวิเคราะห์"#)
    static let measuresHeading = TextPattern(#"^\s*[0-9๐-๙]\s*\.\s*มาตรการ"#)

    init(_ document: DocumentLines) {
        func heading(_ pattern: TextPattern) -> Int? {
            document.lines.firstIndex { !$0.isTableRow && pattern.isMatched(by: $0.text) }
        }
        func header(_ words: [String]) -> Int? {
            document.lines.firstIndex { line in
                line.isTableRow && words.allSatisfy { word in line.cells.contains { $0.contains(word) } }
            }
        }
        let end = document.count
        let measuresStart = heading(Self.measuresHeading) ?? header(["มาตรการ", "วิธีดำเนินการ"]) ?? end
        let analysisStart = min(heading(Self.analysisHeading) ?? header(["ตัวชี้วัด", "ประเด็น"]) ?? measuresStart, measuresStart)
        let resultsStart = min(
            heading(Self.resultsHeading) ?? header(["ตัวชี้วัด", "คะแนน"]) ?? analysisStart, analysisStart)
        title = 0..<resultsStart
        results = resultsStart..<analysisStart
        analysis = analysisStart..<measuresStart
        measures = measuresStart..<end
    }
}

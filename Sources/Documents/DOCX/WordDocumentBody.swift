/// word/document.xml for a `MeasuresDocument`: the same sections, tables and chart as the HTML.
struct WordDocumentBody {
    let document: MeasuresDocument
    var chartEmbedding = ChartEmbedding.svgWithPNGFallback
    var typography = WordTypography.thaiGovernment

    /// The text width of an A4 page with the official margins: 11906 − 1701 − 1134 twips.
    static let textWidth = 9071
    /// Thai official paragraphs are indented 2.5 cm.
    static let paragraphIndent = 1418

    var xml: String {
        var blocks: [String] = []
        blocks += document.titleLines.enumerated().map { index, line in
            var paragraph = WordParagraph(line, style: "DocTitle", alignment: .center)
            if index == document.titleLines.count - 1 { paragraph.spacingAfter = 360 }
            return paragraph.xml(typography)
        }
        blocks += resultSection(document.result)
        blocks += analysisSection(document.analysis)
        blocks += measuresSection(document.measures)
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(WordNamespaces.document)>
        <w:body>
        \(blocks.joined(separator: "\n"))
        \(Self.sectionProperties)
        </w:body>
        </w:document>

        """
    }

    /// A4 (11906 × 16838 twips), margins top 2.5 cm, right 2 cm, bottom 2 cm, left 3 cm; the page
    /// number header from page 2 on (titlePg leaves the first page without one).
    static let sectionProperties = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"\(PartID.header)\"/>"
        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        + "<w:pgMar w:top=\"1418\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"709\" "
        + "w:footer=\"567\" w:gutter=\"0\"/><w:cols w:space=\"708\"/><w:titlePg/></w:sectPr>"

    func heading(_ text: String, level: Int) -> String {
        WordParagraph(text, style: "Heading\(level)").xml(typography)
    }

    func body(_ text: String) -> String {
        var paragraph = WordParagraph(text, style: "BodyText")
        paragraph.firstLine = Self.paragraphIndent
        return paragraph.xml(typography)
    }

    func resultSection(_ section: ResultSection) -> [String] {
        var blocks = [heading(section.heading, level: 1), body(section.intro)]
        blocks.append(resultTable(section.table).xml(typography))
        blocks.append(WordChartDrawing(chart: document.chart, embedding: chartEmbedding).paragraph)
        let caption = WordParagraph("แผนภูมิ " + document.chart.title, style: "Caption", alignment: .center)
        blocks.append(caption.xml(typography))
        if let intro = section.recommendationsIntro { blocks.append(body(intro)) }
        blocks += section.assessorSummary.map(body)
        for group in section.recommendationGroups {
            blocks.append(heading(group.heading, level: 2))
            for item in group.items {
                var runs: [WordParagraph.Run] = []
                if let code = item.code { runs += [.init(text: code, bold: true), .init(text: " ")] }
                runs.append(.init(text: item.text))
                var paragraph = WordParagraph(runs, style: "BodyText")
                paragraph.firstLine = Self.paragraphIndent
                blocks.append(paragraph.xml(typography))
            }
        }
        return blocks
    }

    func analysisSection(_ section: AnalysisSection) -> [String] {
        var blocks = [heading(section.heading, level: 1), body(section.intro)]
        for table in section.tables {
            blocks.append(analysisTable(table).xml(typography))
            // Word joins two tables that touch into one; an empty paragraph keeps them apart.
            blocks.append(WordParagraph([], style: "TableGap").xml(typography))
        }
        return blocks
    }

    func measuresSection(_ section: MeasuresSection) -> [String] {
        [heading(section.heading, level: 1), body(section.intro), measuresTable(section.rows).xml(typography)]
    }
}

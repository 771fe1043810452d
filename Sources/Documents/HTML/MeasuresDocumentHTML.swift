import Criteria
import Planning
import Scoring

/// The measures document as HTML: a whole A4 print page, or only its body for a web page.
///
/// Output is deterministic (no dates, no random ids), so it can be compared with snapshots.
public struct MeasuresDocumentHTML: Sendable {
    public var document: MeasuresDocument

    public init(document: MeasuresDocument) {
        self.document = document
    }

    /// Lays out the plan first; throws when its result cannot be scored with these criteria.
    public init(plan: MeasuresPlan, criteria: Criteria) throws(ScoringError) {
        self.init(document: try MeasuresDocument(plan: plan, criteria: criteria))
    }

    /// A complete, self-contained `<!DOCTYPE html>` page ready to print on A4.
    public func page(fonts: FontSource = .embedded) -> String {
        let title = document.titleLines.prefix(3).joined(separator: " ")
        return PrintPage.html(title: title, fonts: fonts, body: body())
    }

    /// Only the document, as one `<article class="ita-measures" lang="th">` element. A host page
    /// adds `DocumentStylesheet.document` and `SarabunFont.fontFaceCSS(_:)` to its own styles.
    public func body() -> String {
        var lines = ["<article class=\"ita-measures\" lang=\"th\">", "<header class=\"ita-title\">"]
        lines += document.titleLines.map { "<p>\(Self.inline($0))</p>" }
        lines.append("</header>")
        lines += resultSection(document.result)
        lines += analysisSection(document.analysis)
        lines += measuresSection(document.measures)
        lines.append("</article>")
        return lines.joined(separator: "\n")
    }

    func resultSection(_ section: ResultSection) -> [String] {
        var lines = ["<section class=\"ita-section\">", "<h2>\(Self.inline(section.heading))</h2>"]
        lines.append("<p class=\"ita-para\">\(Self.inline(section.intro))</p>")
        lines += resultTable(section.table)
        lines.append("<figure class=\"ita-chart\">")
        lines.append(IndicatorChartSVG.svg(document.chart))
        lines.append("<figcaption>แผนภูมิ \(Self.inline(document.chart.title))</figcaption>")
        lines.append("</figure>")
        if let intro = section.recommendationsIntro {
            lines.append("<p class=\"ita-para\">\(Self.inline(intro))</p>")
        }
        lines += section.assessorSummary.map { "<p class=\"ita-para\">\(Self.inline($0))</p>" }
        for group in section.recommendationGroups {
            lines.append("<h3>\(Self.inline(group.heading))</h3>")
            for item in group.items {
                let code = item.code.map { "<span class=\"ita-code\">\(Self.inline($0))</span> " } ?? ""
                lines.append("<p class=\"ita-para\">\(code)\(Self.inline(item.text))</p>")
            }
        }
        lines.append("</section>")
        return lines
    }

    func analysisSection(_ section: AnalysisSection) -> [String] {
        var lines = ["<section class=\"ita-section\">", "<h2>\(Self.inline(section.heading))</h2>"]
        lines.append("<p class=\"ita-para\">\(Self.inline(section.intro))</p>")
        for table in section.tables {
            lines += analysisTable(table)
        }
        lines.append("</section>")
        return lines
    }

    func measuresSection(_ section: MeasuresSection) -> [String] {
        var lines = ["<section class=\"ita-section\">", "<h2>\(Self.inline(section.heading))</h2>"]
        lines.append("<p class=\"ita-para\">\(Self.inline(section.intro))</p>")
        lines += measuresTable(section.rows)
        lines.append("</section>")
        return lines
    }

    /// Escaped text, with the line breaks a user typed kept as `<br>`.
    static func inline(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).markupEscaped }
            .joined(separator: "<br>")
    }

    static func headerRow(_ columns: [String]) -> [String] {
        ["<thead>", "<tr>" + columns.map { "<th scope=\"col\">\(inline($0))</th>" }.joined() + "</tr>", "</thead>"]
    }

    static func colgroup(_ count: Int) -> String {
        "<colgroup>" + String(repeating: "<col>", count: count) + "</colgroup>"
    }
}

/// A progress document as HTML: a whole A4 print page, or only its body for a host page.
///
/// It uses the measures document's stylesheet (the article carries `ita-measures`) plus
/// `ReportStylesheet`, so the O42 and O43 documents print alike.
public struct ReportHTML: Sendable {
    public var title: String
    public var blocks: [ReportBlock]

    public init(_ report: some ReportLayout) {
        title = report.documentTitle
        blocks = report.blocks
    }

    /// A complete, self-contained `<!DOCTYPE html>` page ready to print on A4.
    public func page(fonts: FontSource = .embedded) -> String {
        PrintPage.html(title: title, fonts: fonts, extraCSS: ReportStylesheet.css, body: body())
    }

    /// Only the document, as one `<article class="ita-measures ita-report" lang="th">` element.
    public func body() -> String {
        var lines = ["<article class=\"ita-measures ita-report\" lang=\"th\">"]
        for block in blocks {
            lines += html(block)
        }
        lines.append("</article>")
        return lines.joined(separator: "\n")
    }

    func html(_ block: ReportBlock) -> [String] {
        switch block {
        case .title(let lines):
            return ["<header class=\"ita-title\">"] + lines.map { "<p>\(inline($0))</p>" } + ["</header>"]
        case .centred(let text):
            return ["<p class=\"ita-centred\">\(inline(text))</p>"]
        case .heading(let text, let level):
            let tag = level <= 1 ? "h2" : "h3"
            return ["<\(tag)>\(inline(text))</\(tag)>"]
        case .paragraph(let text):
            return ["<p class=\"ita-para\">\(inline(text))</p>"]
        case .fields(let fields):
            let rows = fields.map { "<div><dt>\(inline($0.label))</dt><dd>\(inline($0.value))</dd></div>" }
            return ["<dl class=\"ita-fields\">"] + rows + ["</dl>"]
        case .table(let table):
            return self.table(table)
        }
    }

    func table(_ table: ReportTable) -> [String] {
        var lines = ["<table class=\"ita-table \(table.kind.rawValue)\">", MeasuresDocumentHTML.colgroup(table.columns.count)]
        lines += MeasuresDocumentHTML.headerRow(table.columns)
        lines.append("<tbody>")
        for row in table.rows {
            let cells = row.map { cell in
                let content = cell.lines.map(inline).joined(separator: "<br>")
                return cell.centred ? "<td class=\"ita-centre\">\(content)</td>" : "<td>\(content)</td>"
            }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines
    }

    func inline(_ text: String) -> String { MeasuresDocumentHTML.inline(text) }
}

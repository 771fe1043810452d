/// The rules the progress documents add to `DocumentStylesheet.document`, scoped to `.ita-report`.
/// Column widths come from `ReportTable.Kind`, the same numbers the Word writer uses.
public enum ReportStylesheet {
    public static let css: String = {
        var rules = [
            ".ita-report .ita-centred { text-align: center; margin: 0 0 12pt; }",
            ".ita-report h3 { margin-top: 14pt; }",
            // Dates and statuses sit centred but may wrap: a status is longer than its column.
            ".ita-report td.ita-centre { text-align: center; }",
            // The fields belong to the table below them; a page break goes before the heading instead.
            ".ita-report dl.ita-fields { margin: 0 0 6pt; break-inside: avoid; break-after: avoid; page-break-after: avoid; }",
            ".ita-report dl.ita-fields div { display: flex; gap: 0.4em; }",
            ".ita-report dl.ita-fields dt { font-weight: 700; flex: none; }",
            ".ita-report dl.ita-fields dd { margin: 0; }",
        ]
        for kind in ReportTable.Kind.allCases {
            for (index, width) in kind.widths.enumerated() {
                rules.append(".ita-report .\(kind.rawValue) col:nth-child(\(index + 1)) { width: \(width)%; }")
            }
        }
        return rules.joined(separator: "\n")
    }()
}

import Planning

extension MeasuresDocumentHTML {
    /// The result table; each instrument's three figures are one cell spanning its indicator rows.
    func resultTable(_ table: ResultTable) -> [String] {
        var lines = ["<table class=\"ita-table ita-result\">", Self.colgroup(ResultTable.columns.count)]
        lines += Self.headerRow(ResultTable.columns)
        for group in table.groups {
            // One tbody per instrument, so a page break falls between instruments where it can.
            lines.append("<tbody class=\"ita-group\">")
            for (index, row) in group.rows.enumerated() {
                var cells = "<th scope=\"row\">\(Self.inline(row.indicator))</th>"
                    + "<td class=\"ita-num\">\(Self.inline(row.score))</td>"
                if index == 0 {
                    let span = group.rows.count
                    for figure in [group.score, group.weightPercent, group.weighted] {
                        cells += "<td class=\"ita-num\" rowspan=\"\(span)\">\(Self.inline(figure))</td>"
                    }
                }
                lines.append("<tr>\(cells)</tr>")
            }
            lines.append("</tbody>")
        }
        lines.append("<tbody>")
        lines.append(
            "<tr class=\"ita-total\"><th scope=\"row\" colspan=\"\(ResultTable.columns.count - 1)\">"
                + "\(Self.inline(table.totalLabel))</th><td class=\"ita-num\">\(Self.inline(table.total))</td></tr>")
        lines += ["</tbody>", "</table>"]
        return lines
    }

    /// One instrument's analysis, its name as a full-width row under the header.
    func analysisTable(_ table: AnalysisTable) -> [String] {
        var lines = ["<table class=\"ita-table ita-analysis\">", Self.colgroup(AnalysisSection.columns.count)]
        // The instrument row is part of the header, so it repeats on every page the table runs to.
        var header = Self.headerRow(AnalysisSection.columns)
        header.insert(
            "<tr class=\"ita-instrument\"><th colspan=\"\(AnalysisSection.columns.count)\" scope=\"colgroup\">"
                + "\(Self.inline(table.heading))</th></tr>",
            at: header.count - 1)
        lines += header
        lines.append("<tbody>")
        for row in table.rows {
            lines.append(
                "<tr><th scope=\"row\">\(Self.inline(row.indicator))</th>"
                    + "<td>\(Self.inline(row.keepOrImprove))</td>"
                    + "<td>\(weaknessList(row.weaknesses))</td></tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines
    }

    func weaknessList(_ weaknesses: [Weakness]) -> String {
        guard !weaknesses.isEmpty else { return "" }
        let items = weaknesses.map { weakness in
            var item = "<li>\(Self.inline(weakness.text))"
            if !weakness.details.isEmpty {
                item += "<ol class=\"ita-details\">"
                    + weakness.details.map { "<li>\(Self.inline($0))</li>" }.joined() + "</ol>"
            }
            return item + "</li>"
        }
        return "<ol class=\"ita-weaknesses\">" + items.joined() + "</ol>"
    }

    func measuresTable(_ rows: [MeasuresSection.Row]) -> [String] {
        var lines = ["<table class=\"ita-table ita-plan\">", Self.colgroup(MeasuresSection.columns.count)]
        lines += Self.headerRow(MeasuresSection.columns)
        lines.append("<tbody>")
        for row in rows {
            let steps = row.steps.isEmpty
                ? "" : "<ol class=\"ita-steps\">" + row.steps.map { "<li>\(Self.inline($0))</li>" }.joined() + "</ol>"
            let divisions = row.divisions.isEmpty
                ? "" : "<ul class=\"ita-divisions\">" + row.divisions.map { "<li>\(Self.inline($0))</li>" }.joined() + "</ul>"
            lines.append(
                "<tr><th scope=\"row\">\(Self.inline(row.title))</th><td>\(steps)</td><td>\(divisions)</td>"
                    + "<td>\(period(row))</td><td>\(Self.inline(row.monitoring))</td></tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines
    }

    /// Each month stays whole, and "-" stays with the first: "ต.ค. 2565 -" / "ก.ย. 2566".
    func period(_ row: MeasuresSection.Row) -> String {
        "<span class=\"ita-nowrap\">\(Self.inline(row.periodStart)) -</span> "
            + "<span class=\"ita-nowrap\">\(Self.inline(row.periodEnd))</span>"
    }
}

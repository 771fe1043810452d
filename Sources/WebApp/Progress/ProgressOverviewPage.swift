import ThaiText
import Workbench

/// Every measure of the year with where it stands; a division head sees the division's own first.
struct ProgressOverviewPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let year: Int
    let standings: [MeasureStanding]

    var t: Language { context.language }

    func render() -> String {
        let (own, others) = MeasureStanding.split(standings, for: scope.user)
        var sections: [HTML] = []
        if scope.user.role == .divisionHead, let division = scope.user.divisionName {
            sections.append(section(t("มาตรการของ", "Measures of ") + division, own, id: "own"))
            sections.append(section(t("มาตรการอื่นของหน่วยงาน", "Other measures of the agency"), others, id: "others"))
        } else {
            sections.append(section(t("มาตรการทั้งหมด", "All measures"), own, id: "all"))
        }
        let content: HTML = """
            <h1>\(t("ความก้าวหน้าของมาตรการ ปีงบประมาณ พ.ศ.", "Progress of the measures, fiscal year")) \(year)</h1>
            \(yearSwitcher())
            \(sections)
            """
        return scope.layout(context, .progress, path: "\(scope.base)/progress\(scope.yearQuery)")
            .page(title: t("ความก้าวหน้าของมาตรการ", "Progress of the measures"), content)
    }

    private func section(_ heading: String, _ standings: [MeasureStanding], id: String) -> HTML {
        let body: HTML = standings.isEmpty
            ? "<p class=\"muted\">\(t("ไม่มีมาตรการ", "No measures."))</p>"
            : table(standings)
        return "<section aria-labelledby=\"\(id)-heading\"><h2 id=\"\(id)-heading\">\(heading)</h2>\(body)</section>"
    }

    private func table(_ standings: [MeasureStanding]) -> HTML {
        StandingsTable(base: scope.base, standings: standings, language: t).render()
    }

    private func yearSwitcher() -> HTML {
        guard scope.years.count > 1 else { return .empty }
        let links = scope.years.map { other -> HTML in
            other == year ? "<strong>\(other)</strong>" : "<a href=\"\(scope.base)/progress?year=\(other)\">\(other)</a>"
        }
        return "<p class=\"muted\">\(t("ปีงบประมาณอื่น:", "Other years:")) \(HTML.join(links, separator: " · "))</p>"
    }
}

import Complaints
import Hummingbird
import ThaiText
import Workbench

/// `/public/<agency>/complaints/statistics?year=2566`: the statistics section on a public page of its own.
struct ComplaintStatisticsRoutes {
    let services: ComplaintServices

    func register(on routes: RouteTable) {
        routes.get("/public/:agency/complaints/statistics", .anyone) { request, context in
            let agency = try await PublicComplaintRoutes(services: services).agency(context)
            let current = services.today.yearMonth.fiscalYear.buddhistEra
            var year = current
            if let asked = request.uri.queryParameters.get("year") {
                guard let number = Int(asked), (2500...current + 1).contains(number) else {
                    throw WebError.badInput("year", th: "ปีงบประมาณไม่ถูกต้อง: \(asked)", en: "not a fiscal year: \(asked)")
                }
                year = number
            }
            let section = try await ComplaintStatisticsSection.load(agency: agency, fiscalYear: year, environment: services.environment)
            let t = context.language
            let base = PublicComplaintLink.path(agencySlug: agency.slug)
            let years = (max(current - 4, 2560)...current).reversed().map { candidate -> HTML in
                candidate == year ? "<li><strong>\(candidate)</strong></li>" : "<li><a href=\"\(base)/statistics?year=\(candidate)\">\(candidate)</a></li>"
            }
            let content: HTML = """
                <h1>\(t("สถิติเรื่องร้องเรียน", "Complaint statistics"))</h1>
                <nav aria-label="\(t("ปีงบประมาณ", "Fiscal year"))"><ul class="years">\(years)</ul></nav>
                \(section.render(language: t))
                """
            let page = PublicPage(language: t, agency: agency, path: "\(base)/statistics?year=\(year)")
            return PageResponse.html(page.render(title: t("สถิติเรื่องร้องเรียน", "Complaint statistics"), content))
        }
    }
}

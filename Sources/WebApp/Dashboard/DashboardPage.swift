import Criteria
import Documents
import Foundation
import Scoring
import ThaiText
import Workbench

/// The dashboard's markup.
struct DashboardPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let plan: StoredPlan
    let card: ScoreCard
    let criteria: Criteria
    let standings: [MeasureStanding]
    let today: ThaiDate
    /// The criteria of the assessment that runs during the plan year, for its calendar.
    let calendarCriteria: Criteria?
    /// Set when the plan is scored with an older version of its year's criteria than the newest.
    var criteriaNotice: CriteriaVersionNotice? = nil

    var t: Language { context.language }

    /// The page's main content; the frame around it (user, language) is added per request.
    func content() -> HTML {
        let year = plan.year
        return """
            <h1>\(t("ภาพรวมปีงบประมาณ พ.ศ.", "Overview, fiscal year")) \(year.planYear)</h1>
            \(yearSwitcher())
            \(yearEndedNotice())
            \(criteriaNotice?.render(scope: scope, planYear: year.planYear, t) ?? .empty)
            <section aria-labelledby="score-heading">
            <h2 id="score-heading">\(t("ผลการประเมิน ITA ปี", "ITA result")) \(year.assessedYear)</h2>
            <div class="cards">
              <div class="card"><span class="label">\(t("คะแนนรวม", "Total"))</span><span class="value" id="total">\(Rounding.format(card.total))</span></div>
              \(levelCard())
              \(distanceCard())
              <div class="card"><span class="label">\(t("มาตรการ", "Measures"))</span><span class="value">\(completedCount)/\(standings.count)</span>
              <span class="label">\(t("ดำเนินการแล้วเสร็จ", "completed"))</span></div>
            </div>
            \(caveatsNotice())
            <figure class="panel chart">\(HTML(unsafe: IndicatorChartSVG.svg(chart)))
            <figcaption class="muted">\(chart.title)</figcaption></figure>
            </section>
            \(DueNextSection(calendar: calendarCriteria?.calendar ?? [], year: plan.year.planYear, today: today, language: t).render())
            \(overdueSection())
            <section aria-labelledby="measures-heading">
            <h2 id="measures-heading">\(t("สถานะมาตรการ", "Measures"))</h2>
            \(measuresTable())
            </section>
            <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">\(t("เอกสาร", "Documents"))</h2>
            <ul>
            <li><a href="\(scope.base)/documents/o42.html\(scope.yearQuery)">\(DocumentItemCodes.prefix(codes.measures))\(t("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Measures document"))</a>
             (<a href="\(scope.base)/documents/o42.docx\(scope.yearQuery)">.docx</a>, <a href="\(scope.base)/documents/o42.pdf\(scope.yearQuery)">PDF</a>)</li>
            <li><a href="\(scope.base)/documents/o43.html\(scope.yearQuery)">\(DocumentItemCodes.prefix(codes.progress))\(t("รายงานผลการดำเนินการตามมาตรการ", "Progress report"))</a>
             (<a href="\(scope.base)/documents/o43.docx\(scope.yearQuery)">.docx</a>, <a href="\(scope.base)/documents/o43.pdf\(scope.yearQuery)">PDF</a>)</li>
            </ul>
            </section>
            """
    }

    static func empty(scope: AgencyScope, context: AppRequestContext) -> String {
        let t = context.language
        let action: HTML = scope.canEditPlan
            ? "<p><a class=\"button\" href=\"\(scope.base)/results\">\(t("นำเข้าผลการประเมิน", "Import a result"))</a></p>"
            : "<p>\(t("ผู้ประสานงาน ITA ยังไม่ได้นำเข้าผลการประเมิน", "The ITA coordinator has not imported a result yet."))</p>"
        let content: HTML = """
            <h1>\(t("ยังไม่มีข้อมูลปีงบประมาณ", "No fiscal year yet"))</h1>
            \(action)
            """
        return scope.layout(context, .dashboard, path: scope.base).page(title: t("ภาพรวม", "Overview"), content)
    }

    private var codes: DocumentItemCodes { DocumentItemCodes(criteria: calendarCriteria) }

    private var completedCount: Int { standings.filter { $0.status == .completed }.count }

    private var chart: IndicatorChart {
        IndicatorChart(
            title: t("คะแนนรายตัวชี้วัดเทียบกับเป้าหมาย", "Indicator scores against the target") + " \(Rounding.format(card.passMark, places: 0))",
            bars: criteria.indicatorNumbers.map { number in
                IndicatorChart.Bar(number: number, name: criteria.indicator(number)?.nameTH ?? "", score: card.indicator(number) ?? 0)
            },
            passMark: card.passMark)
    }

    /// The level (AA … F) before 2567; from 2567 the rating, with what keeps it from the next one.
    private func levelCard() -> HTML {
        guard let rating = card.rating else {
            return "<div class=\"card\"><span class=\"label\">\(t("ระดับ", "Level"))</span><span class=\"value level\" id=\"level\">\(card.level ?? "-")</span></div>"
        }
        let reason: HTML = rating.reason.map {
            "<span class=\"label\" id=\"rating-reason\">\(t("ยังไม่ถึงระดับ\($0.level.labelTH) เพราะ \($0.conditionsTH)", "not \($0.level.labelEN) because \($0.conditionsEN)"))</span>"
        } ?? .empty
        return """
            <div class="card\(rating.level.passes ? " ahead" : " behind")"><span class="label">\(t("ผลการประเมิน", "Rating"))</span>
            <span class="value level" id="level">\(t(rating.level.labelTH, rating.level.labelEN))</span>\(reason)</div>
            """
    }

    /// Facts of the year's criteria that are not verified, in plain words.
    private func caveatsNotice() -> HTML {
        let caveats = criteria.caveats
        guard !caveats.isEmpty else { return .empty }
        let items = caveats.map { caveat -> HTML in "<li>\(t(caveat.th, caveat.en))</li>" }
        return "<div class=\"notice\" id=\"criteria-caveats\"><p>\(t("ข้อควรทราบเกี่ยวกับเกณฑ์ปี", "About the criteria of")) \(criteria.fiscalYear)</p><ul>\(items)</ul></div>"
    }

    private func distanceCard() -> HTML {
        if let rating = card.rating {
            // The nearest higher level is the one to aim for; at the top there is none.
            guard let next = rating.reason else {
                return "<div class=\"card ahead\"><span class=\"label\">\(t("ระดับสูงสุดแล้ว", "Highest level"))</span><span class=\"value\">\(t(rating.level.labelTH, rating.level.labelEN))</span></div>"
            }
            return """
                <div class="card behind"><span class="label">\(t("ห่างจากระดับ", "Short of")) \(t(next.level.labelTH, next.level.labelEN))</span>
                <span class="value" id="distance">\(t(next.distanceTH, next.distanceEN))</span></div>
                """
        }
        if card.passed {
            return "<div class=\"card ahead\"><span class=\"label\">\(t("เกณฑ์", "Pass mark")) \(Rounding.format(card.passMark, places: 0))</span><span class=\"value\">\(t("ผ่าน", "Passed"))</span></div>"
        }
        return """
            <div class="card behind"><span class="label">\(t("ห่างจากเกณฑ์", "Short of")) \(Rounding.format(card.passMark, places: 0))</span>
            <span class="value" id="distance">\(Rounding.format(card.distanceToPass))</span><span class="label">\(t("คะแนน", "points"))</span></div>
            """
    }

    /// A past year's unfinished measures all read as overdue; say why, and where the next year starts.
    private func yearEndedNotice() -> HTML {
        let fiscalYear = FiscalYear(plan.year.planYear)
        guard fiscalYear.lastMonth < today.yearMonth else { return .empty }
        let next: HTML = scope.canEditPlan && !scope.years.contains(fiscalYear.buddhistEra + 1)
            ? " <a href=\"\(scope.base)/results?year=\(plan.year.planYear)\">\(t("เริ่มปีงบประมาณถัดไป", "Start the next fiscal year"))</a>"
            : .empty
        return """
            <p class="notice warning">\(t("ปีงบประมาณ พ.ศ. \(fiscalYear.buddhistEra) สิ้นสุดแล้วเมื่อ 30 ก.ย. \(fiscalYear.buddhistEra) มาตรการที่ยังไม่แล้วเสร็จจึงแสดงว่าเกินกำหนด", "Fiscal year \(fiscalYear.buddhistEra) ended on 30 Sep \(fiscalYear.christianEra); unfinished measures show as overdue."))\(next)</p>
            """
    }

    private func yearSwitcher() -> HTML {
        guard scope.years.count > 1 else { return .empty }
        let links = scope.years.map { year -> HTML in
            year == plan.year.planYear ? "<strong>\(year)</strong>" : "<a href=\"\(scope.base)?year=\(year)\">\(year)</a>"
        }
        return "<p class=\"muted\">\(t("ปีงบประมาณอื่น:", "Other years:")) \(HTML.join(links, separator: " · "))</p>"
    }

    private func overdueSection() -> HTML {
        let late = standings.filter(\.isOverdue)
        guard !late.isEmpty else { return .empty }
        let items = late.map { standing -> HTML in
            "<li><a href=\"\(scope.base)/measures/\(standing.measure.id)/progress\">\(standing.measure.position). \(standing.measure.measure.title)</a> — \(t("สิ้นสุด", "ended")) \(standing.measure.measure.period.end.thaiAbbreviated)</li>"
        }
        return """
            <section class="notice error" aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">\(t("เกินกำหนด", "Overdue"))</h2><ul>\(items)</ul></section>
            """
    }

    private func measuresTable() -> HTML {
        StandingsTable(base: scope.base, standings: standings, language: t, worth: MeasureWorth.gains(plan: plan, criteria: criteria)).render()
    }
}

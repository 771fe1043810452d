import Criteria
import Foundation
import Planning

/// The analysis and the recommendations, read-only, grouped by instrument as the measures
/// document prints them. Used by the analysis page for readers and by the import preview.
struct AnalysisTableView {
    let analysis: [IndicatorAnalysis]
    let recommendations: [Recommendation]
    let criteria: Criteria?
    let language: Language

    func render() -> HTML {
        let t = language
        let groups = AnalysisGrouping.groups(numbers: analysis.map(\.indicator), criteria: criteria)
        let tables = groups.map { group -> HTML in
            let rows = group.numbers.compactMap { number in analysis.first { $0.indicator == number } }.map(row)
            return """
                <table class="data analysis"><caption>\(group.title(t))</caption>
                <thead><tr><th scope="col">\(t("ตัวชี้วัด", "Indicator"))</th>
                <th scope="col">\(t("ประเด็นที่ควรรักษามาตรฐานการดำเนินงานหรือพัฒนาให้ดีขึ้น", "Keep the standard or improve"))</th>
                <th scope="col">\(t("ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน", "Urgent weaknesses"))</th></tr></thead>
                <tbody>\(rows)</tbody></table>
                """
        }
        return HTML.join(tables) + recommendationList()
    }

    private func row(_ entry: IndicatorAnalysis) -> HTML {
        let t = language
        let name = criteria?.indicator(entry.indicator).map { t($0.nameTH, $0.nameEN) } ?? ""
        let stance = entry.stance == .keep ? t("ควรรักษามาตรฐาน", "keep the standard") : t("ควรพัฒนา", "develop")
        let weaknesses = entry.urgentWeaknesses.map { weakness -> HTML in
            let code: HTML = weakness.itemCode.map { "<strong>\($0)</strong> " } ?? .empty
            let details: HTML = weakness.details.isEmpty ? .empty : "<ol>\(weakness.details.map { "<li>\($0)</li>" as HTML })</ol>"
            return "<li>\(code)\(weakness.text)\(details)</li>"
        }
        let list: HTML = weaknesses.isEmpty ? "<span class=\"muted\">-</span>" : "<ol>\(weaknesses)</ol>"
        return """
            <tr><th scope="row">\(entry.indicator). \(name)<br><span class="status">\(stance)</span></th>
            <td>\(entry.keepOrImprove)</td><td>\(list)</td></tr>
            """
    }

    private func recommendationList() -> HTML {
        let t = language
        guard !recommendations.isEmpty else {
            return "<p class=\"muted\">\(t("ไม่มีข้อเสนอแนะของผู้ตรวจประเมิน", "No assessor recommendations."))</p>"
        }
        let rows = recommendations.enumerated().map { index, recommendation -> HTML in
            """
            <tr><td>\(index + 1)</td><td>\(recommendation.itemCode ?? "-")</td>
            <td>\(recommendation.indicator.map(String.init) ?? "-")</td><td>\(recommendation.text)</td></tr>
            """
        }
        return """
            <table class="data recommendations"><caption>\(t("ข้อเสนอแนะของผู้ตรวจประเมิน", "Assessor recommendations"))</caption>
            <thead><tr><th scope="col">#</th><th scope="col" class="nowrap">\(t("ข้อ", "Item"))</th><th scope="col" class="nowrap">\(t("ตัวชี้วัด", "Indicator"))</th>
            <th scope="col">\(t("ข้อเสนอแนะ", "Recommendation"))</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}

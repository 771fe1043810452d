import Criteria
import Disclosure
import Foundation
import ThaiText
import Workbench

/// `/public/:agency/ita/:year` — what the assessor and the public read: every OIT item of the year's
/// criteria with its links and documents, grouped by sub-indicator as the criteria group them, then the
/// published measures (O42) and their progress (O43).
struct TransparencyPage {
    let data: DisclosureYearData
    let today: ThaiDate
    /// The complaint channel's statistics for the year, when the agency's channel is open.
    var complaintStatistics: ComplaintStatisticsSection? = nil

    /// One part of the page, in order. Every section renders its own `<h2>` and content.
    ///
    /// Features add their own parts here, as the complaint statistics do (สถิติเรื่องร้องเรียน), between
    /// the progress and the contact sections.
    struct TransparencySection: Sendable {
        var id: String
        var render: @Sendable () -> HTML
    }

    var year: Int { data.year }
    var slug: String { data.agency.slug }
    var base: String { PublicPaths.year(slug, year) }

    var sections: [TransparencySection] {
        [
            TransparencySection(id: "items") { itemsSection() },
            TransparencySection(id: "measures") { TransparencyMeasures(data: data, base: base, today: today).measures() },
            TransparencySection(id: "progress") { TransparencyMeasures(data: data, base: base, today: today).progress() },
        ] + complaintSection + [
            TransparencySection(id: "contact") { contactSection() },
        ]
    }

    private var complaintSection: [TransparencySection] {
        guard let complaintStatistics else { return [] }
        return [TransparencySection(id: "complaints") { complaintStatistics.render(language: .th) }]
    }

    func render() -> String {
        let name = data.agency.agency.fullName
        let content: HTML = """
            <h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. \(year)</h1>
            <p>หน้านี้รวบรวมข้อมูลที่\(name)เปิดเผยต่อสาธารณะตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ปี พ.ศ. \(year) เรียงตามตัวชี้วัดย่อย ข้อมูล ณ วันที่ \(today.thaiFull)</p>
            <nav aria-label="สารบัญ"><ul>
            <li><a href="#items">ข้อมูลรายข้อ</a></li><li><a href="#measures">มาตรการส่งเสริมคุณธรรมและความโปร่งใส</a></li>
            <li><a href="#progress">ความก้าวหน้าการดำเนินการตามมาตรการ</a></li>
            \(complaintStatistics == nil ? HTML.empty : "<li><a href=\"#complaints\">สถิติเรื่องร้องเรียน</a></li>")
            </ul></nav>
            \(HTML.join(sections.map { section in "<section id=\"\(section.id)\">\(section.render())</section>" }))
            """
        return PublicLayout(agency: data.agency, title: "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี \(year)").page(content)
    }

    func itemsSection() -> HTML {
        let indicators = data.criteria.indicators.filter { $0.instrument == .oit }.map { indicator -> HTML in
            let tables = indicator.subIndicators.map { sub -> HTML in
                let rows = sub.items.compactMap { data.criteria.item($0) }.map(row)
                return """
                    <table class="items"><caption>ตัวชี้วัดย่อยที่ \(sub.code) \(sub.nameTH)</caption>
                    <thead><tr><th scope="col">ข้อ</th><th scope="col">ข้อมูล</th><th scope="col">ลิงก์และเอกสาร</th></tr></thead>
                    <tbody>\(rows)</tbody></table>
                    """
            }
            return "<h3>ตัวชี้วัดที่ \(indicator.number) \(indicator.nameTH)</h3>\(tables)"
        }
        return "<h2>ข้อมูลรายข้อ</h2>\(indicators)"
    }

    func row(_ item: Item) -> HTML {
        let record = data.record(item)
        let links = (record?.links ?? []).enumerated().map { index, link -> HTML in
            let host = MainDomain.host(of: link.url) ?? link.url
            let where_: HTML = link.location.isEmpty ? .empty : "<br><span class=\"muted\">ตำแหน่ง: \(link.location)</span>"
            return "<li><a href=\"\(link.url)\">เปิดข้อมูลข้อ \(item.code) \(item.textTH)\(index > 0 ? " (ลิงก์ที่ \(index + 1))" : "") ที่ \(host)</a>\(where_)</li>"
        }
        let documents = (record?.documents ?? []).map { document -> HTML in
            "<li><a href=\"\(PublicPaths.file(slug, year, document.id))\">ดาวน์โหลด \(document.fileName)</a> <span class=\"muted\">(\(EvidenceIntake.label(document.contentType)), \(EvidenceIntake.size(document.size)))</span></li>"
        }
        let all = links + documents
        let cell: HTML = all.isEmpty ? "<span class=\"none\">ยังไม่มีข้อมูลเผยแพร่</span>" : "<ul class=\"links\">\(all)</ul>"
        return "<tr><th scope=\"row\">\(item.code)</th><td>\(item.textTH)</td><td>\(cell)</td></tr>"
    }

    func contactSection() -> HTML {
        """
        <h2>ร้องเรียนและแจ้งเบาะแส</h2>
        <p>หากพบการทุจริตหรือประพฤติมิชอบของเจ้าหน้าที่ ท่านแจ้งได้ที่ <a href="\(PublicPaths.complaint(slug))">ช่องทางแจ้งเรื่องร้องเรียนของ\(data.agency.agency.fullName)</a> ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>
        """
    }
}

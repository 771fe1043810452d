import Criteria
import Disclosure
import Foundation
import ThaiText
import Workbench

/// An item's record as the page's form or the API sent it, checked field by field: a refusal names
/// the field and nothing is stored.
struct DisclosureForm: Sendable, Decodable {
    struct Link: Sendable, Decodable {
        var url: String
        var location: String?
    }

    struct Tick: Sendable, Decodable {
        var component: String
        var evidence: String?
    }

    var links: [Link]?
    var components: [Tick]?
    /// "2022-10" (Christian era, as month inputs send it).
    var periodStart: String?
    var periodEnd: String?
    var months: [String]?
    var responsible: String?
    /// "2023-03-31"
    var due: String?
    var note: String?

    init(form: FormData) {
        let urls = form.all("url")
        let locations = form.all("location")
        links = urls.indices.map { Link(url: urls[$0], location: $0 < locations.count ? locations[$0] : nil) }
        // Locations typed without a URL are kept, so the check below can name them.
        if locations.count > urls.count {
            links! += locations[urls.count...].map { Link(url: "", location: $0) }
        }
        components = form.all("component").map { Tick(component: $0, evidence: form["evidence-\($0)"]) }
        periodStart = form["periodStart"]
        periodEnd = form["periodEnd"]
        months = form.all("month")
        responsible = form["responsible"]
        due = form["due"]
        note = form["note"]
    }

    /// The record to store, or a 400 naming the first field at fault.
    func record(for item: Item, year: Int, agency: Identifier<AgencyRecord>, actor: Actor) throws -> DisclosureRecord {
        var stored: [DisclosureLink] = []
        for (index, link) in (links ?? []).enumerated() {
            let url = link.url.trimmingCharacters(in: .whitespacesAndNewlines)
            let location = Self.text(link.location, limit: 500)
            if url.isEmpty {
                guard location.isEmpty else {
                    throw WebError.badInput("url", th: "กรุณากรอก URL ของตำแหน่งที่ \(index + 1)", en: "link \(index + 1) has a location but no URL")
                }
                continue
            }
            guard url.count <= 2000, MainDomain.host(of: url) != nil else {
                throw WebError.badInput("url", th: "URL \(url) ไม่ถูกต้อง (ต้องขึ้นต้นด้วย http:// หรือ https://)", en: "\(url) is not an http(s) URL")
            }
            stored.append(DisclosureLink(url: url, location: location))
        }
        var ticks: [ComponentEvidence] = []
        for tick in components ?? [] {
            guard let component = item.components.first(where: { $0.id == tick.component }) else {
                throw WebError.badInput("component", th: "ข้อ \(item.code) ไม่มีองค์ประกอบ \(tick.component)", en: "\(item.code) has no component \(tick.component)")
            }
            let evidence = Self.text(tick.evidence, limit: 500)
            guard !evidence.isEmpty else {
                throw WebError.badInput(
                    "evidence-\(component.id)", th: "กรุณาระบุหลักฐานขององค์ประกอบ \(component.id) \(component.textTH)",
                    en: "say what shows component \(component.id)")
            }
            if !ticks.contains(where: { $0.componentID == component.id }) {
                ticks.append(ComponentEvidence(componentID: component.id, evidence: evidence))
            }
        }
        return DisclosureRecord(
            agencyID: agency, fiscalYear: year, itemCode: item.code, links: stored, components: ticks, period: try period(),
            months: try monthList(year), responsible: Self.text(responsible, limit: 200), dueDate: try dueDate(),
            note: Self.text(note, limit: 2000), updatedAt: actor.at, updatedBy: actor.name)
    }

    func period() throws -> MonthPeriod? {
        let start = periodStart.flatMap { $0.isEmpty ? nil : $0 }
        let end = periodEnd.flatMap { $0.isEmpty ? nil : $0 }
        guard start != nil || end != nil else { return nil }
        guard let startText = start, let first = Self.month(startText) else {
            throw WebError.badInput("periodStart", th: "กรุณาระบุเดือนเริ่มต้นให้ถูกต้อง (ปปปป-ดด)", en: "give the first month as YYYY-MM")
        }
        guard let endText = end, let last = Self.month(endText) else {
            throw WebError.badInput("periodEnd", th: "กรุณาระบุเดือนสุดท้ายให้ถูกต้อง (ปปปป-ดด)", en: "give the last month as YYYY-MM")
        }
        guard first <= last else {
            throw WebError.badInput("periodEnd", th: "เดือนสุดท้ายต้องไม่ก่อนเดือนเริ่มต้น", en: "the last month is before the first")
        }
        return MonthPeriod(start: first, end: last)
    }

    func monthList(_ year: Int) throws -> [YearMonth] {
        let allowed = FiscalYear(year).period
        return try (months ?? []).map { text in
            guard let month = Self.month(text), allowed.contains(month) else {
                throw WebError.badInput("month", th: "เดือน \(text) ไม่อยู่ในปีงบประมาณ \(year)", en: "\(text) is not a month of fiscal year \(year)")
            }
            return month
        }.reduce(into: [YearMonth]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
    }

    func dueDate() throws -> ThaiDate? {
        guard let due, !due.isEmpty else { return nil }
        guard let date = CalendarDate.parse(iso8601: due) else {
            throw WebError.badInput("due", th: "วันที่ \(due) ไม่ถูกต้อง", en: "\(due) is not a valid date (use YYYY-MM-DD)")
        }
        return date
    }

    /// "2022-10" (Christian era) as ต.ค. 2565; nil when it is not a month.
    static func month(_ text: String) -> YearMonth? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), (1900...2200).contains(year), let number = Int(parts[1]),
              let month = ThaiMonth(rawValue: number)
        else { return nil }
        return YearMonth(year: year + 543, month: month)
    }

    /// The value a month input or box carries: "2022-10".
    static func monthValue(_ month: YearMonth) -> String {
        let number = month.month.rawValue
        return "\(month.year - 543)-\(number < 10 ? "0" : "")\(number)"
    }

    static func text(_ value: String?, limit: Int) -> String {
        String((value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit))
    }
}

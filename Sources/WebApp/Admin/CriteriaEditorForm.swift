import Criteria
import Foundation

/// The editor's form read into a new version of the year's criteria. A field that does not read keeps
/// its earlier value and is reported, so the page can come back with the rest of the edits kept.
struct CriteriaEditorForm {
    let base: Criteria
    let form: FormData

    struct Draft {
        var criteria: Criteria
        var problem: WebError?
    }

    func draft() -> Draft {
        var criteria = base
        var problem: WebError?
        func report(_ error: WebError) { if problem == nil { problem = error } }

        for index in criteria.instruments.indices {
            let code = criteria.instruments[index].code.rawValue
            guard let text = form["weight.\(code)"] else { continue }
            guard let percent = Self.number(text), percent > 0, percent <= 100 else {
                report(.badInput("weight.\(code)", th: "น้ำหนัก \(code) ต้องเป็นร้อยละ มากกว่า 0 และไม่เกิน 100", en: "the \(code) weight must be a percentage above 0, up to 100"))
                continue
            }
            criteria.instruments[index].weight = percent / 100
        }
        if criteria.presentation.mode == .ratingLevels, var ratings = criteria.presentation.ratings {
            for index in ratings.indices { readRating(&ratings[index], index, report) }
            criteria.presentation.ratings = ratings
        }
        criteria.items = readItems(report)
        for index in criteria.calendar.indices { readStep(&criteria.calendar[index], index, report) }
        criteria.indicators = Self.regrouped(criteria.indicators, items: criteria.items)
        return Draft(criteria: criteria, problem: problem)
    }

    private func readRating(_ rating: inout RatingLevel, _ index: Int, _ report: (WebError) -> Void) {
        let name = "rating.\(index)"
        guard form.fields["\(name).labelTH"] != nil else { return }
        rating.labelTH = form["\(name).labelTH"] ?? ""
        rating.labelEN = form["\(name).labelEN"] ?? rating.labelEN
        if let value = Self.number(form["\(name).minimumTotal"] ?? "") {
            rating.minimumTotal = value
        } else {
            report(.badInput("\(name).minimumTotal", th: "คะแนนรวมขั้นต่ำของระดับ\(rating.labelTH) ต้องเป็นตัวเลข", en: "the minimum total of \(rating.labelEN) must be a number"))
        }
        if let text = form["\(name).minimumEach"] {
            if let value = Self.number(text) {
                rating.minimumEachInstrument = value
            } else {
                report(.badInput("\(name).minimumEach", th: "คะแนนขั้นต่ำของแต่ละแบบวัดของระดับ\(rating.labelTH) ต้องเป็นตัวเลขหรือเว้นว่าง", en: "the minimum for each instrument of \(rating.labelEN) must be a number or empty"))
            }
        } else {
            rating.minimumEachInstrument = nil
        }
        rating.passes = form["\(name).passes"] != nil
    }

    /// Survey items as they were, then the OIT rows in the form's order, then the added item.
    private func readItems(_ report: (WebError) -> Void) -> [Item] {
        let isOIT = { (item: Item) in base.indicator(item.indicator)?.instrument == .oit }
        var items = base.items.filter { !isOIT($0) }
        var index = 0
        while let original = form["item.\(index).original"] {
            defer { index += 1 }
            guard form["item.\(index).remove"] == nil else { continue }
            var item = base.item(original) ?? Item(code: original, indicator: 9, textTH: "", provenance: Provenance(status: .open))
            read(&item, name: "item.\(index)", report)
            items.append(item)
        }
        if let code = form["new.code"] {
            var item = Item(
                code: code, indicator: 9, textTH: "", provenance: Provenance(status: .open, note: "added in the administrator's editor"))
            read(&item, name: "new", report)
            items.append(item)
        }
        return items
    }

    private func read(_ item: inout Item, name: String, _ report: (WebError) -> Void) {
        item.code = form["\(name).code"] ?? item.code
        item.textTH = form["\(name).textTH"] ?? ""
        if let sub = form["\(name).subIndicator"] {
            if let owner = base.indicators.first(where: { $0.subIndicators.contains { $0.code == sub } }) {
                item.subIndicator = sub
                item.indicator = owner.number
            } else {
                report(.badInput("\(name).subIndicator", th: "ไม่มีตัวชี้วัดย่อย \(sub) ในเกณฑ์ปีนี้", en: "there is no sub-indicator \(sub) this year"))
            }
        }
        if let timing = form["\(name).timing"] {
            if let value = DisclosureTiming(rawValue: timing) { item.timing = value } else {
                report(.badInput("\(name).timing", th: "ช่วงเวลาของข้อมูลไม่ถูกต้อง", en: "unknown timing"))
            }
        }
        item.topics = (form.fields["\(name).topics"]?.first ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        item.components = components(form.fields["\(name).components"]?.first ?? "", item: item)
        if let status = form["\(name).status"].flatMap(Provenance.Status.init(rawValue:)) {
            item.provenance.status = status
        }
    }

    /// One component a line, "O2.1 | ข้อความ"; a line without an id is numbered after the item.
    private func components(_ text: String, item: Item) -> [Component] {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.enumerated().map { offset, line in
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let id = parts.count == 2 && !parts[0].isEmpty ? parts[0] : "\(item.code).\(offset + 1)"
            let text = parts.count == 2 ? parts[1] : parts[0]
            let earlier = item.components.first { $0.id == id }
            return Component(id: id, textTH: text, provenance: earlier?.provenance)
        }
    }

    private func readStep(_ step: inout CalendarStep, _ index: Int, _ report: (WebError) -> Void) {
        let name = "step.\(index)"
        guard form.fields["\(name).start"] != nil else { return }
        step.labelTH = form["\(name).labelTH"] ?? step.labelTH
        for (field, label) in [("start", "วันเริ่มต้น"), ("end", "วันสิ้นสุด")] {
            let text = form["\(name).\(field)"] ?? ""
            guard let iso = CriteriaDateField.iso(from: text) else {
                report(.badInput("\(name).\(field)", th: "\(label)ของ\(step.labelTH) ไม่ใช่วันที่ (เช่น 15/11/2569)", en: "\(step.labelEN): \(field) is not a date (e.g. 15/11/2569)"))
                continue
            }
            if field == "start" { step.start = iso } else { step.end = iso }
        }
    }

    /// The sub-indicators list the items that name them, in the items' order, so the two never disagree.
    static func regrouped(_ indicators: [Indicator], items: [Item]) -> [Indicator] {
        indicators.map { indicator in
            var copy = indicator
            copy.subIndicators = indicator.subIndicators.map { sub in
                var group = sub
                group.items = items.filter { $0.subIndicator == sub.code && $0.indicator == indicator.number }.map(\.code)
                return group
            }
            return copy
        }
    }

    /// "30", "30.5" or "30,5"; nil when it is no number.
    static func number(_ text: String) -> Decimal? {
        let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard cleaned.wholeMatch(of: /-?\d+(\.\d+)?/) != nil else { return nil }
        return Decimal(string: cleaned)
    }
}

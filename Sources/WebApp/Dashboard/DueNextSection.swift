import Criteria
import ThaiText

/// "What is due next": the steps of the year's assessment calendar that have not ended yet, the
/// current one first, each with its dates in พ.ศ. and a word where the dates are not confirmed.
struct DueNextSection {
    let calendar: [CalendarStep]
    /// The fiscal year whose assessment the calendar belongs to.
    let year: Int
    let today: ThaiDate
    let language: Language

    func render() -> HTML {
        let t = language
        let upcoming = calendar.filter { step in step.endDate.map { $0 >= today } ?? false }
        guard !calendar.isEmpty else { return .empty }
        let body: HTML
        if upcoming.isEmpty {
            body = "<p>\(t("กำหนดการประเมิน ITA ปี \(year) ผ่านไปครบแล้ว", "Every step of the ITA \(year) calendar has passed."))</p>"
        } else {
            let rows = upcoming.prefix(3).map { step -> HTML in
                let now = step.startDate.map { $0 <= today } ?? false
                let tag: HTML = now ? " <strong>\(t("(อยู่ในช่วงนี้)", "(now)"))</strong>" : .empty
                let unsure: HTML = step.provenance.isVerified
                    ? .empty : " <span class=\"muted\">\(t("— วันที่ยังไม่ยืนยัน คาดตามรอบปีก่อน", "— dates not confirmed; expected from earlier years"))</span>"
                return "<li>\(t(step.labelTH, step.labelEN)): \(dates(step))\(tag)\(unsure)</li>"
            }
            body = "<ul>\(HTML.join(Array(rows), separator: ""))</ul>"
        }
        return """
            <section aria-labelledby="due-heading" id="due-next">
            <h2 id="due-heading">\(t("กำหนดการถัดไปของการประเมิน ITA ปี", "What is due next, ITA")) \(year)</h2>
            \(body)
            </section>
            """
    }

    private func dates(_ step: CalendarStep) -> String {
        guard let start = step.startDate, let end = step.endDate else { return "\(step.start) – \(step.end)" }
        return start == end ? start.thaiAbbreviated : "\(start.thaiAbbreviated) – \(end.thaiAbbreviated)"
    }
}

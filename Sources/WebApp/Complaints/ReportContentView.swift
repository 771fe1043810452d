import Complaints

/// A report's fields, as both the reporter and the officers read them.
struct ReportContentView {
    let language: Language
    let report: ReportContent

    func render() -> HTML {
        let t = language
        var rows: [HTML] = []
        if !report.subject.isEmpty { rows.append("<p class=\"subject\"><strong>\(report.subject)</strong></p>") }
        rows.append("<p class=\"text\">\(report.details)</p>")
        if !report.whenAndWhere.isEmpty { rows.append("<p><span class=\"muted\">\(t("เมื่อไรและที่ไหน", "When and where")):</span> \(report.whenAndWhere)</p>") }
        if !report.peopleInvolved.isEmpty { rows.append("<p><span class=\"muted\">\(t("ผู้เกี่ยวข้อง", "People involved")):</span> \(report.peopleInvolved)</p>") }
        if let contact = report.contact {
            let parts = [contact.name, contact.phone, contact.email].filter { !$0.isEmpty }.joined(separator: " · ")
            rows.append("<p><span class=\"muted\">\(t("ช่องทางติดต่อกลับ", "Contact")):</span> \(parts)</p>")
        } else {
            rows.append("<p class=\"muted\">\(t("ไม่ระบุตัวตน (ไม่ได้ให้ช่องทางติดต่อ)", "Anonymous (no contact details given)"))</p>")
        }
        return HTML.join(rows)
    }
}

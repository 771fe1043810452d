import Workbench

/// `/admin/complaints`: every agency's channel at a glance.
struct ComplaintChannelListPage {
    let identity: Identity
    let language: Language
    let states: [ChannelState]

    func render() -> String {
        let t = language
        let rows = states.map { state -> HTML in
            let status: HTML = state.readiness.acceptsReports
                ? "<span class=\"status completed\">\(t("เปิดรับเรื่อง", "open"))</span>"
                : "<span class=\"status blocked\">\(t("ยังไม่รับเรื่อง", "not taking reports"))</span>"
            let recovery = state.channel?.recovery == nil ? t("ไม่มี", "none") : t("มี", "yes")
            return """
                <tr><td><a href="/admin/complaints/\(state.agency.slug)">\(state.agency.agency.fullName)</a></td><td>\(status)</td>
                <td class="number">\(state.readiness.keyHolders.count)</td><td>\(recovery)</td></tr>
                """
        }
        let content: HTML = """
            <h1>\(t("ช่องทางร้องเรียนของทุกหน่วยงาน", "Every agency's complaint channel"))</h1>
            <table class="data" id="channels"><thead><tr><th scope="col">\(t("หน่วยงาน", "Agency"))</th><th scope="col">\(t("สถานะ", "Status"))</th>
            <th scope="col" class="number">\(t("ผู้ถือกุญแจ", "Key holders"))</th><th scope="col">\(t("กุญแจกู้คืน", "Recovery key"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return Layout(language: language, identity: identity, agency: nil, year: nil, current: .admin, path: "/admin/complaints")
            .page(title: t("ช่องทางร้องเรียน", "Complaint channels"), content)
    }
}

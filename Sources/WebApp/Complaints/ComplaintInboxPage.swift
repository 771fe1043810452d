import Complaints
import ThaiText
import Workbench

/// `/a/<agency>/complaints`, by role: a named recipient sees the cases (after unlocking the key, if the
/// session has not); everyone else of the agency sees the channel's state, who receives reports, and
/// the statistics, never a case.
struct ComplaintInboxPage {
    let scope: AgencyScope
    let language: Language
    let state: ChannelState
    let today: ThaiDate
    var ownKey: OfficerKey?
    var complaints: [ComplaintRecord] = []
    var statistics: ComplaintStatisticsSection?
    /// Audit entries of changes others made to this recipient's account, newest first.
    var accountChanges: [AuditEvent] = []

    var t: Language { language }
    var isRecipient: Bool { state.isRecipient(scope.user) }
    var retention: RetentionPolicy { state.channel?.retention ?? .standard }

    func render() -> String {
        let content: HTML = """
            \(ComplaintStylesheet.link)
            <h1>\(t("เรื่องร้องเรียน", "Complaints"))</h1>
            \(channelStatus())
            \(isRecipient ? recipientPart() : readerPart())
            \(statistics?.render(language: language) ?? .empty)
            """
        return Layout(language: language, identity: scope.identity, agency: scope.agency, year: scope.year, current: .complaints, path: "\(scope.base)/complaints")
            .page(title: t("เรื่องร้องเรียน", "Complaints"), content)
    }

    private func channelStatus() -> HTML {
        let publicPath = PublicComplaintLink.path(agencySlug: scope.agency.slug)
        let status: HTML = state.readiness.acceptsReports
            ? "<p class=\"notice success\" id=\"channel-status\">\(t("ช่องทางร้องเรียนเปิดรับเรื่องอยู่", "The channel is taking reports."))</p>"
            : "<div class=\"notice warning\" id=\"channel-status\"><p>\(t("ช่องทางร้องเรียนยังไม่รับเรื่อง", "The channel is not taking reports."))</p><ul>\(state.readiness.problems.map { problem -> HTML in "<li>\(t(problem.messageTH, problem.messageEN))</li>" })</ul></div>"
        let admin: HTML = scope.user.role == .administrator
            ? " · <a href=\"/admin/complaints/\(scope.agency.slug)\">\(t("ตั้งค่าช่องทาง ผู้รับเรื่อง และกุญแจกู้คืน", "Set up the channel, recipients and recovery key"))</a>" : .empty
        let names = state.recipients.map(\.displayName).joined(separator: ", ")
        return """
            \(status)
            <p>\(t("ผู้รับเรื่อง", "Receiving officers")): \(names.isEmpty ? t("ยังไม่ได้กำหนด", "none named yet") : names)</p>
            <p><a href="\(publicPath)">\(t("หน้าช่องทางร้องเรียนสำหรับประชาชน", "The public channel page"))</a> ·
            <a href="\(publicPath)/poster">\(t("โปสเตอร์พร้อม QR code สำหรับติดที่จุดบริการ", "Poster with a QR code for the service counter"))</a>\(admin)</p>
            """
    }

    private func readerPart() -> HTML {
        "<p class=\"notice\">\(t("ท่านไม่ได้เป็นผู้รับเรื่อง จึงเห็นเฉพาะสถิติ ไม่เห็นเนื้อหาของเรื่องใด ผู้ดูแลระบบเป็นผู้กำหนดผู้รับเรื่อง", "You are not a receiving officer, so you see the statistics only, never a case. The administrator names the receiving officers."))</p>"
    }

    private func recipientPart() -> HTML {
        guard let ownKey else { return "\(accountNotices())\(unlockForm())" }
        let rows = complaints.map { complaint -> HTML in
            let openable = complaint.wrap(for: .officer(ownKey.id)) != nil
            let reference: HTML = openable
                ? "<a href=\"/complaints/\(complaint.id)\">\(complaint.reference)</a>"
                : "\(complaint.reference) <span class=\"muted\">(\(t("ยังไม่ได้แบ่งปันให้ท่าน", "not shared with you yet")))</span>"
            return """
                <tr class="status-\(complaint.status.rawValue)"><td>\(reference)</td><td>\(t(complaint.category.nameTH, complaint.category.nameEN))</td>
                <td><span class="status">\(t(complaint.status.nameTH, complaint.status.nameEN))</span></td>
                <td class="nowrap">\(day(complaint.receivedOn))</td><td>\(retentionText(complaint))</td></tr>
                """
        }
        let expiring = complaints.filter { if case .expiring = retention.state(of: $0, on: today) { return true } else { return false } }.count
        let expired = complaints.filter { retention.state(of: $0, on: today).mayBeDeleted }.count
        var warnings: [HTML] = []
        if expiring > 0 { warnings.append("<p class=\"notice warning\" id=\"retention-warning\">\(t("มี \(expiring) เรื่องจะครบระยะเวลาเก็บรักษาภายใน \(RetentionPolicy.warningDays) วัน หลังจากนั้นลบได้", "\(expiring) case(s) reach the end of their retention period within \(RetentionPolicy.warningDays) days and may then be deleted."))</p>") }
        if expired > 0 { warnings.append("<p class=\"notice warning\" id=\"retention-expired\">\(t("มี \(expired) เรื่องครบระยะเวลาเก็บรักษาแล้ว เปิดเรื่องเพื่อลบ", "\(expired) case(s) passed their retention period; open them to delete."))</p>") }
        let table: HTML = complaints.isEmpty
            ? "<p class=\"muted\" id=\"no-complaints\">\(t("ยังไม่มีเรื่อง", "No reports yet."))</p>"
            : """
                <table class="data" id="complaints"><thead><tr><th scope="col">\(t("เลขอ้างอิง", "Reference"))</th>
                <th scope="col">\(t("ประเภท", "Category"))</th><th scope="col">\(t("สถานะ", "Status"))</th>
                <th scope="col">\(t("วันที่รับ", "Received"))</th><th scope="col">\(t("ระยะเวลาเก็บรักษา", "Retention"))</th></tr></thead>
                <tbody>\(rows)</tbody></table>
                """
        return "\(accountNotices())\(ownKeyNotice())<h2>\(t("กล่องเรื่อง", "Inbox"))</h2>\(warnings)\(table)\(sharePanel())"
    }

    private func unlockForm() -> HTML {
        """
        <div class="panel" id="unlock">
        <h2>\(t("ปลดล็อกกุญแจของท่าน", "Unlock your key"))</h2>
        <p>\(t("เรื่องร้องเรียนถูกเข้ารหัสด้วยกุญแจของท่าน ซึ่งเปิดได้ด้วยรหัสผ่านของท่านเท่านั้น กรอกรหัสผ่านเพื่อเปิดกุญแจสำหรับการเข้าสู่ระบบครั้งนี้ (ถ้ายังไม่มีกุญแจ ระบบจะสร้างให้)", "Reports are encrypted for your key, which only your password opens. Enter your password to unlock it for this sign-in (a key is made if you have none yet)."))</p>
        <form method="post" action="/complaints/unlock" class="stack">\(CSRF.field(scope.identity))
        <div><label for="unlock-password">\(t("รหัสผ่าน", "Password"))</label>
        <input type="password" id="unlock-password" name="password" autocomplete="current-password" required></div>
        <div class="actions"><button type="submit">\(t("ปลดล็อก", "Unlock"))</button></div></form>
        </div>
        """
    }

    private func retentionText(_ complaint: ComplaintRecord) -> HTML {
        switch retention.state(of: complaint, on: today) {
        case .kept: "\(t("เก็บไว้ระหว่างดำเนินการ", "kept while open"))"
        case .keptUntil(let date): "\(t("เก็บถึง", "until")) \(day(date))"
        case .expiring(let date, let days): "<strong class=\"warn\">\(t("ลบได้ใน \(days) วัน", "deletable in \(days) days")) (\(day(date)))</strong>"
        case .expired: "<strong class=\"bad\">\(t("ครบกำหนดแล้ว ลบได้", "retention over: may be deleted"))</strong>"
        }
    }

    private func day(_ date: ThaiDate) -> String { language == .th ? date.thaiAbbreviated : date.iso8601 }
}

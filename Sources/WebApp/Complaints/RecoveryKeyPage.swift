import Workbench

/// The one page that shows a recovery key. Like the one-time password page, it answers a POST, is
/// marked no-store, and the key is not kept anywhere.
struct RecoveryKeyPage {
    let identity: Identity
    let language: Language
    let agency: AgencyRecord
    let text: String

    func render() -> String {
        let t = language
        let content: HTML = """
            <h1>\(t("กุญแจกู้คืนของ", "Recovery key of")) \(agency.agency.fullName)</h1>
            <div class="panel"><pre class="recovery-key" id="recovery-key">\(text)</pre></div>
            <div class="notice warning" role="alert"><ul>
            <li>\(t("พิมพ์หน้านี้หรือจดกุญแจนี้ แล้วเก็บในที่ปลอดภัยนอกระบบ เช่น ตู้นิรภัย อย่าเก็บไว้ในคอมพิวเตอร์เครื่องเดียวกับฐานข้อมูล", "Print this page or copy the key, and keep it somewhere safe outside the system, such as a safe. Never on the same computer as the database."))</li>
            <li>\(t("กุญแจนี้แสดงเพียงครั้งเดียว ระบบไม่ได้เก็บไว้", "It is shown only once; the system does not keep it."))</li>
            <li>\(t("ผู้ที่ได้กุญแจนี้ไปพร้อมกับฐานข้อมูลจะอ่านเรื่องร้องเรียนได้ทั้งหมด", "Whoever has it together with the database can read every report."))</li>
            <li>\(t("เรื่องที่มีอยู่แล้วจะเข้ารหัสให้กุญแจนี้เมื่อผู้รับเรื่องเปิดกล่องเรื่องครั้งถัดไป", "Existing reports are sealed for it the next time a receiving officer opens the inbox."))</li>
            </ul></div>
            <p><a href="/admin/complaints/\(agency.slug)">\(t("กลับไปหน้าตั้งค่าช่องทาง", "Back to the channel settings"))</a></p>
            """
        return Layout(language: language, identity: identity, agency: nil, year: nil, current: .admin, path: "/admin/complaints/\(agency.slug)")
            .page(title: t("กุญแจกู้คืน", "Recovery key"), content)
    }
}

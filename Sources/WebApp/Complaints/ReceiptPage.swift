import Complaints
import ThaiText
import Workbench

/// The one page that ever shows a receipt. It answers the POST that filed the report and is marked
/// no-store, so going back or reloading does not show it again; the receipt is not kept anywhere.
/// It is written for someone who may be frightened: what to do now, in plain words, in both languages.
struct ReceiptPage {
    let language: Language
    let agency: AgencyRecord
    let receipt: ReceiptNumber
    let record: ComplaintRecord

    var t: Language { language }

    func render() -> String {
        let base = PublicComplaintLink.path(agencySlug: agency.slug)
        let other = language.other
        let content: HTML = """
            <h1>\(t("ส่งเรื่องเรียบร้อยแล้ว", "Your report was sent"))</h1>
            <div class="panel receipt-box">
            <p class="receipt-label">\(t("เลขรับเรื่องของท่าน", "Your receipt number"))</p>
            <p class="receipt" id="receipt">\(receipt.grouped)</p>
            <p class="receipt-label muted" lang="\(other.rawValue)">\(other("เลขรับเรื่องของท่าน", "Your receipt number"))</p>
            </div>
            <div class="notice warning keep-receipt" role="alert">
            <p><strong>\(t("โปรดจดเลขนี้ ถ่ายภาพหน้าจอ หรือพิมพ์หน้านี้ (Ctrl+P) เก็บไว้ตอนนี้ ก่อนออกจากหน้านี้", "Write this number down, photograph the screen or print this page (Ctrl+P) now, before you leave it."))</strong></p>
            <ul>
            <li>\(t("เลขนี้จะแสดงเพียงครั้งนี้ครั้งเดียว เมื่อออกจากหน้านี้แล้วจะกลับมาดูอีกไม่ได้ ระบบไม่ได้เก็บเลขนี้ไว้ และเจ้าหน้าที่ก็ไม่ทราบเลขนี้", "It is shown only this once: once you leave this page it cannot be shown again. The system does not keep it, and the officers do not know it."))</li>
            <li>\(t("ใช้เลขนี้ที่หน้า “ติดตามเรื่อง” เพื่อดูสถานะ อ่านคำตอบของเจ้าหน้าที่ และส่งข้อมูลเพิ่มเติม", "Use it on the “Follow up” page to see the status, read the officers’ replies and add information."))</li>
            <li>\(t("หากทำเลขหาย ท่านจะติดตามเรื่องนี้ไม่ได้ แต่เรื่องของท่านยังอยู่ และเจ้าหน้าที่ยังดำเนินการต่อ", "If you lose it you cannot follow this report up, but the report stays and the officers still handle it."))</li>
            <li>\(t("อย่าบอกเลขนี้กับผู้อื่น ผู้ที่มีเลขนี้จะอ่านเรื่องของท่านได้", "Do not tell anyone the number: whoever has it can read your report."))</li>
            </ul>
            </div>
            <div class="panel">
            <p>\(t("ประเภทเรื่อง", "Category")): <strong>\(t(record.category.nameTH, record.category.nameEN))</strong> ·
            \(t("วันที่รับเรื่อง", "Received on")): <strong>\(language == .th ? record.receivedOn.thaiFull : record.receivedOn.iso8601)</strong></p>
            <p>\(t("หากใช้คอมพิวเตอร์ร่วมกับผู้อื่น เมื่อจดเลขแล้วให้ปิดหน้าต่างเบราว์เซอร์นี้", "On a shared computer, close this browser window once you have the number."))</p>
            <p class="actions"><a class="button secondary" href="\(base)/follow-up">\(t("ไปหน้าติดตามเรื่อง", "Go to the follow-up page"))</a></p>
            </div>
            """
        return PublicPage(language: language, agency: agency, path: nil)
            .render(title: t("ส่งเรื่องเรียบร้อยแล้ว", "Report sent"), content, bodyClass: "public receipt-page")
    }
}

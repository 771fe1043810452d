import Hummingbird
import Workbench

/// The answer past the filing limit: 429 with Retry-After, in Thai and English, without a form to resend.
struct FilingLimitPage {
    let language: Language
    let agency: AgencyRecord

    func response(retryAfter seconds: Int) -> Response {
        let t = language
        let minutes = max(1, (seconds + 59) / 60)
        let content: HTML = """
            <h1>\(t("ขณะนี้มีผู้แจ้งเรื่องจำนวนมาก", "Many reports are arriving right now"))</h1>
            <p class="notice warning" id="filing-limit" lang="th">ระบบรับเรื่องครบจำนวนที่กำหนดต่อชั่วโมงแล้ว กรุณาลองส่งอีกครั้งในอีกประมาณ \(minutes) นาที เรื่องของท่านยังไม่ได้ถูกส่ง และระบบไม่ได้บันทึกข้อมูลใดของท่าน</p>
            <p class="notice warning" lang="en">The channel has taken as many reports as it accepts in one hour. Please send yours again in about \(minutes) minutes. It has not been sent, and nothing about you was kept.</p>
            <p><a href="\(PublicComplaintLink.path(agencySlug: agency.slug))">\(t("กลับหน้าช่องทางร้องเรียน", "Back to the complaint channel"))</a></p>
            """
        var response = PageResponse.html(
            PublicPage(language: language, agency: agency, path: nil).render(title: t("โปรดลองใหม่ภายหลัง", "Please try again later"), content),
            status: .tooManyRequests)
        response.headers[.retryAfter] = String(seconds)
        return response
    }
}

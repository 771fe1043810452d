import Complaints
import Workbench

/// `/public/<agency>/complaints`: what the channel is, what it protects, and the two ways in. The QR code
/// on the poster points here. When the channel is not taking reports it says so, and where else to go.
struct ComplaintLandingPage {
    let language: Language
    let agency: AgencyRecord
    let accepting: Bool

    var t: Language { language }

    func render() -> String {
        let base = PublicComplaintLink.path(agencySlug: agency.slug)
        let closed: HTML = accepting ? .empty : """
            <div class="notice warning" role="status" id="channel-closed">
            <p>\(t("ขณะนี้ช่องทางนี้ยังไม่เปิดรับเรื่องใหม่", "This channel is not taking new reports at the moment."))</p>
            \(Self.alternatives(language))
            </div>
            """
        let content: HTML = """
            <h1>\(t("ร้องเรียน / แจ้งเบาะแสการทุจริต", "Complaints and corruption tip-offs"))</h1>
            \(closed)
            <div class="choices">
            <a class="choice-card" href="\(base)/new" id="start"><strong>\(t("แจ้งเรื่องใหม่", "File a report"))</strong>
            <span>\(t("ทุจริต ประพฤติมิชอบ หรือร้องเรียนการให้บริการ ไม่ต้องบอกชื่อ", "Corruption, misconduct or a service complaint. No name needed."))</span></a>
            <a class="choice-card" href="\(base)/follow-up"><strong>\(t("ติดตามเรื่องที่แจ้งแล้ว", "Follow up a report"))</strong>
            <span>\(t("ใช้เลขรับเรื่อง 16 หลักที่ได้รับตอนส่งเรื่อง", "With the 16-digit receipt you got when you sent it."))</span></a>
            </div>
            <div class="panel">
            <h2>\(t("เราคุ้มครองท่านอย่างไร", "How you are protected"))</h2>
            <ul>
            <li>\(t("ไม่ต้องเข้าสู่ระบบ ไม่ต้องใส่ชื่อ ช่องทางติดต่อกลับเป็นทางเลือก", "No sign-in, no name; contact details are optional."))</li>
            <li>\(t("ระบบไม่บันทึกหมายเลข IP ไม่บันทึกชนิดเบราว์เซอร์ และบันทึกเพียงวันที่ ไม่บันทึกเวลา", "No IP address or browser details are recorded, and only the date, not the time."))</li>
            <li>\(t("เรื่องและไฟล์แนบถูกเข้ารหัสก่อนบันทึก ผู้ที่อ่านได้มีเพียงเจ้าหน้าที่ผู้รับเรื่องที่หน่วยงานกำหนด", "Reports and files are encrypted before they are stored; only the agency’s receiving officers can read them."))</li>
            <li>\(t("เลขรับเรื่องสุ่มขึ้นมา เดาไม่ได้ และไม่ได้ถูกเก็บไว้ในระบบ", "Receipts are random, cannot be guessed, and are not kept by the system."))</li>
            </ul>
            </div>
            <div class="panel">
            <h2>\(t("ช่องทางอื่น", "Other channels"))</h2>
            \(Self.alternatives(language))
            </div>
            """
        return PublicPage(language: language, agency: agency, path: base).render(title: t("ช่องทางร้องเรียน", "Complaint channel"), content)
    }

    /// Bodies outside the agency that take complaints, for when this channel is closed or not trusted.
    static func alternatives(_ t: Language) -> HTML {
        """
        <ul class="alternatives">
        <li>\(t("สายด่วน ป.ป.ช. 1205 หรือสำนักงาน ป.ป.ช. ประจำจังหวัด", "NACC hotline 1205, or the NACC office of the province"))</li>
        <li>\(t("ศูนย์ดำรงธรรม สายด่วน 1567", "Damrongtham Centre, hotline 1567"))</li>
        </ul>
        """
    }
}

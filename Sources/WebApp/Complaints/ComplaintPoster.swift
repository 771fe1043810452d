import Documents
import QRCode
import Workbench

/// The printable A4 poster for the service counter: the agency, the promise, a QR code to the channel's
/// front page and its address in letters, three steps, and other bodies to turn to.
struct ComplaintPoster {
    let agency: AgencyRecord
    /// The channel's absolute address, e.g. https://ita.example.go.th/public/thapkhlo/complaints.
    let address: String

    /// The poster's body; the same markup on the web page and in the PDF.
    func body() throws -> HTML {
        let qr = try QRCode.encode(text: address)
        let svg = HTML(unsafe: qr.svg(pixelsPerModule: 8, title: "QR code: \(address)"))
        return """
            <article class="poster">
            <p class="poster-agency">\(agency.agency.fullName)</p>
            <h1 class="poster-title"><span class="nowrap">พบเห็นการทุจริต</span><br><span class="nowrap">หรือไม่ได้รับความเป็นธรรม</span><br><span class="nowrap">แจ้งเราได้ ไม่ต้องบอกชื่อ</span></h1>
            <p class="poster-subtitle" lang="en">Report corruption, misconduct or poor service — anonymously</p>
            <div class="poster-qr">\(svg)</div>
            <p class="poster-scan">สแกน QR code ด้วยกล้องโทรศัพท์ หรือเปิด<br><span class="poster-address">\(address)</span></p>
            <ol class="poster-steps">
            <li>เลือกประเภทเรื่อง: ทุจริต ประพฤติมิชอบ หรือร้องเรียนการให้บริการ</li>
            <li>เล่าสิ่งที่เกิดขึ้น แนบรูปหรือเอกสารได้ ไม่ต้องใส่ชื่อ</li>
            <li>จดเลขรับเรื่อง 16 หลักไว้ ใช้ติดตามผลและอ่านคำตอบของเจ้าหน้าที่</li>
            </ol>
            <p class="poster-promise">ระบบไม่บันทึกหมายเลข IP ไม่บันทึกเวลา และเข้ารหัสเรื่องของท่าน <span class="nowrap">ผู้อ่านได้มีเพียงเจ้าหน้าที่ผู้รับเรื่อง</span></p>
            <p class="poster-other">ช่องทางอื่น: สายด่วน ป.ป.ช. 1205 · ศูนย์ดำรงธรรม 1567</p>
            </article>
            """
    }

    /// A self-contained page for Chromium to print: fonts and styles inside, nothing fetched.
    func printablePage() throws -> String {
        let page: HTML = """
            <!doctype html>
            <html lang="th"><head><meta charset="utf-8"><title>\(agency.agency.fullName) — ช่องทางร้องเรียน</title>
            <style>\(HTML(unsafe: SarabunFont.fontFaceCSS(.embedded)))
            \(HTML(unsafe: Self.stylesheet))</style></head>
            <body class="poster-page">\(try body())</body></html>
            """
        return page.rendered
    }

    /// The poster's styles, served as /assets/complaints-poster.css and put inside the printable page.
    static let stylesheet = """
        @page { size: A4 portrait; margin: 14mm; }
        .poster { font-family: "Sarabun", "TH Sarabun New", "Laksaman", sans-serif; color: #111; text-align: center; max-width: 182mm; margin: 0 auto; line-height: 1.5; }
        .poster-agency { font-size: 20pt; font-weight: 700; margin: 0 0 4mm; }
        .poster-title { font-size: 26pt; line-height: 1.35; margin: 0 0 2mm; color: #0b4f8a; }
        .poster-subtitle { font-size: 13pt; margin: 0 0 6mm; color: #333; }
        .poster-qr svg { width: 80mm; height: 80mm; }
        .poster-scan { font-size: 15pt; margin: 4mm 0; }
        .poster-address { font-family: monospace; font-size: 12pt; word-break: break-all; }
        .poster-steps { text-align: left; font-size: 15pt; margin: 6mm auto; max-width: 150mm; }
        .poster-steps li { margin-bottom: 2mm; }
        .poster-promise { font-size: 13pt; border: 2px solid #0b4f8a; border-radius: 3mm; padding: 3mm 5mm; }
        .poster-other { font-size: 13pt; color: #333; }
        .nowrap { white-space: nowrap; }
        body.poster-page { margin: 0; background: #fff; }
        """
}

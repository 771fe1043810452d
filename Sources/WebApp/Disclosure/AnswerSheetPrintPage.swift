import Disclosure
import Foundation

/// The answer sheet for printing or reading: one table, Thai, with the submission's time and SHA-256
/// when it is a frozen one.
struct AnswerSheetPrintPage {
    let sheet: AnswerSheet
    let submission: DisclosureSubmission?
    let back: String

    func render() -> String {
        let rows = sheet.rows.map { row -> HTML in
            let links = zip(row.urls, row.locations).map { url, location -> HTML in
                "<li><span class=\"url\">\(url)</span><br><span class=\"muted\">\(location)</span></li>"
            }
            return """
                <tr><th scope="row">\(row.itemCode)</th><td>\(row.subIndicator)</td><td>\(row.title)</td>
                <td>\(row.published ? "มี" : "ไม่มี")</td><td><ul class="plain">\(links)</ul></td></tr>
                """
        }
        let stamp: HTML = submission.map {
            "<p>บันทึกเป็นฉบับที่ส่งเมื่อ \(ThaiTime.format($0.submittedAt)) โดย \($0.submittedBy)<br>SHA-256: <code>\($0.sha256)</code></p>"
        } ?? "<p class=\"muted\">ฉบับร่าง ณ ขณะนี้ (ยังไม่ได้บันทึกเป็นฉบับที่ส่ง)</p>"
        let page: HTML = """
            <!doctype html>
            <html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>แบบตอบ OIT ปี \(sheet.fiscalYear) — \(sheet.agencyName)</title>
            <link rel="stylesheet" href="/assets/app.css"></head>
            <body><main id="main">
            <p class="actions"><a href="\(back)">← กลับ / Back</a> <span class="muted">พิมพ์ด้วย Ctrl+P</span></p>
            <h1>แบบตอบการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. \(sheet.fiscalYear)</h1>
            <p>\(sheet.agencyName)</p>
            \(stamp)
            <table class="data"><caption>ข้อมูลที่เผยแพร่ รายข้อ</caption>
            <thead><tr><th scope="col">ข้อ</th><th scope="col">ตัวชี้วัดย่อย</th><th scope="col">ชื่อข้อมูล</th>
            <th scope="col">มี/ไม่มี</th><th scope="col">URL และตำแหน่งข้อมูลบนหน้าเว็บ</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            </main></body></html>
            """
        return page.rendered
    }
}

import Workbench

/// The frame of every public page of an agency (no sign-in, no script): Thai, a skip link, the
/// agency's name, and a link to the complaint channel on every page. The complaint pages have their own
/// frame, `PublicPage`, with the channel's menu and a language switch.
struct PublicLayout {
    var agency: AgencyRecord
    /// The page's `<title>`, before the agency's name.
    var title: String

    func page(_ content: HTML) -> String {
        let slug = agency.slug
        let page: HTML = """
            <!doctype html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — \(agency.agency.fullName)</title>
            <link rel="stylesheet" href="\(PublicPaths.stylesheet)">
            </head>
            <body>
            <a class="skip" href="#main">ข้ามไปยังเนื้อหาหลัก</a>
            <header class="site">
            <p class="agency">\(agency.agency.fullName)<span class="place">\(agency.agency.locationLine)</span></p>
            <nav aria-label="เมนูสาธารณะ"><ul>
            <li><a href="\(PublicPaths.complaint(slug))">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
            </ul></nav>
            </header>
            <main id="main" tabindex="-1">
            \(content)
            </main>
            <footer class="site">
            <p><a href="\(PublicPaths.complaint(slug))">แจ้งเรื่องร้องเรียนหรือแจ้งเบาะแสการทุจริตต่อ\(agency.agency.fullName)</a></p>
            <p>หน้านี้จัดทำด้วยระบบโปร่งใส (Prongsai) ข้อมูลเป็นของ\(agency.agency.fullName)</p>
            </footer>
            </body>
            </html>
            """
        return page.rendered
    }
}

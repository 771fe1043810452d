import Workbench

/// The frame of the public complaint pages: the agency's name, Thai first with English one click away,
/// and links between the channel's pages. Nothing is loaded from another site, and no page needs JavaScript.
struct PublicPage {
    var language: Language
    var agency: AgencyRecord
    /// The page's own path, for the language switch; nil on pages that answer a POST, where switching
    /// language would load an empty form and lose what the page shows (a receipt, a case).
    var path: String?

    func render(title: String, _ content: HTML, bodyClass: String = "public") -> String {
        let t = language
        let base = PublicComplaintLink.path(agencySlug: agency.slug)
        let switchLink: HTML = path.map { path in
            "<a class=\"lang\" href=\"/lang/\(language.other.rawValue)?next=\(PathEncoding.query(path))\" lang=\"\(language.other.rawValue)\">\(language.switchLabel)</a>"
        } ?? .empty
        let page: HTML = """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>\(title) — \(agency.agency.fullName)</title>
            <link rel="stylesheet" href="/assets/app.css">
            <link rel="stylesheet" href="/assets/complaints.css">
            </head>
            <body class="\(bodyClass)">
            <a class="visually-hidden" href="#main">\(t("ข้ามไปยังเนื้อหา", "Skip to content"))</a>
            <header class="top public-top">
              <a class="agency" href="\(base)">\(agency.agency.fullName)</a>
              <span class="channel-name">\(t("ช่องทางร้องเรียนและแจ้งเบาะแส", "Complaints and whistleblowing"))</span>
              <div class="user">\(switchLink)</div>
            </header>
            <nav class="main-nav" aria-label="\(t("ช่องทางร้องเรียน", "Complaint channel"))"><ul>
              <li><a href="\(base)/new">\(t("แจ้งเรื่องใหม่", "File a report"))</a></li>
              <li><a href="\(base)/follow-up">\(t("ติดตามเรื่องด้วยเลขรับเรื่อง", "Follow up with your receipt"))</a></li>
              <li><a href="\(base)/statistics">\(t("สถิติเรื่องร้องเรียน", "Complaint statistics"))</a></li>
            </ul></nav>
            <main id="main">
            \(content)
            </main>
            <footer class="bottom public-bottom">
            <p>\(PublicComplaintLink.html(agencySlug: agency.slug, language: language))</p>
            <p>\(t("หน้านี้ไม่ต้องเข้าสู่ระบบ ไม่มีคุกกี้ติดตามตัว ไม่บันทึกหมายเลข IP และไม่โหลดสิ่งใดจากเว็บไซต์อื่น", "No sign-in, no tracking cookies, no IP addresses recorded, nothing loaded from other sites."))</p>
            </footer>
            </body>
            </html>
            """
        return page.rendered
    }
}

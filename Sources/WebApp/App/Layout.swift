import Foundation
import Workbench

/// The frame of every signed-in page: header with agency and navigation, language switch, sign-out.
struct Layout {
    enum Section: String, CaseIterable {
        case dashboard, results, analysis, measures, progress, documents, meetings, disclosure, complaints, users, admin
    }

    var language: Language
    var identity: Identity?
    var agency: AgencyRecord?
    var year: Int?
    var current: Section?
    var path: String

    func page(title: String, _ content: HTML, bodyClass: String = "") -> String {
        let t = language
        let heading: HTML = agency.map { "<span class=\"agency\">\($0.agency.fullName)</span>" } ?? "<span class=\"agency\">Prongsai · โปร่งใส</span>"
        let page: HTML = """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — \(t("โปร่งใส", "Prongsai"))</title>
            <link rel="stylesheet" href="/assets/app.css">
            </head>
            <body class="\(bodyClass)">
            <a class="visually-hidden" href="#main">\(t("ข้ามไปยังเนื้อหา", "Skip to content"))</a>
            <header class="top">
              <a class="brand" href="/">โปร่งใส</a>
              \(heading)
              \(userBox())
            </header>
            \(navigation())
            <main id="main">
            \(content)
            </main>
            <footer class="bottom"><p>\(t("โปร่งใส — ระบบบริหารผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Prongsai — ITA results and integrity measures"))</p></footer>
            </body>
            </html>
            """
        return page.rendered
    }

    private func userBox() -> HTML {
        let t = language
        let switchLink: HTML = "<a class=\"lang\" href=\"/lang/\(language.other.rawValue)?next=\(PathEncoding.query(path))\" lang=\"\(language.other.rawValue)\">\(language.switchLabel)</a>"
        guard let identity else { return "<div class=\"user\">\(switchLink)</div>" }
        let role = t(identity.user.role.nameTH, identity.user.role.nameEN)
        return """
            <div class="user">\(switchLink)
            <span class="who">\(identity.user.displayName) · \(role)</span>
            <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="\(identity.session.csrfToken)">
            <button type="submit" class="link">\(t("ออกจากระบบ", "Sign out"))</button></form>
            </div>
            """
    }

    private func navigation() -> HTML {
        guard let agency, identity != nil else { return .empty }
        let t = language
        let base = "/a/\(agency.slug)"
        let query = year.map { "?year=\($0)" } ?? ""
        var links: [(Section, String, String)] = [
            (.dashboard, "\(base)\(query)", t("ภาพรวม", "Dashboard")),
            (.results, "\(base)/results\(query)", t("ผลการประเมิน", "Results")),
            (.analysis, "\(base)/analysis\(query)", t("การวิเคราะห์", "Analysis")),
            (.measures, "\(base)/measures\(query)", t("มาตรการ", "Measures")),
            (.progress, "\(base)/progress\(query)", t("ความก้าวหน้า", "Progress")),
            (.documents, "\(base)/documents\(query)", t("เอกสาร", "Documents")),
            (.meetings, "\(base)/meetings\(query)", t("การประชุมประจำเดือน", "Monthly meetings")),
            (.disclosure, "\(base)/disclosure\(query)", t("การเปิดเผยข้อมูล (OIT)", "Disclosure (OIT)")),
            (.complaints, "\(base)/complaints", t("เรื่องร้องเรียน", "Complaints")),
        ]
        if let user = identity?.user, Permissions.canEditPlan(agency: agency.id, user: user) {
            links.append((.users, "\(base)/users", t("ผู้ใช้", "Users")))
        }
        if identity?.user.role == .administrator {
            links.append((.admin, "/admin", t("ผู้ดูแลระบบ", "Administration")))
        }
        let items = links.map { section, href, label -> HTML in
            let currentAttribute: HTML = section == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(href)\"\(currentAttribute)>\(label)</a></li>"
        }
        return "<nav class=\"main-nav\" aria-label=\"\(t("เมนูหลัก", "Main menu"))\"><ul>\(items)</ul></nav>"
    }
}

/// Percent-encoding for a path put in a query string.
enum PathEncoding {
    /// Keeps letters, digits and -._~/ as they are; every other byte becomes %XX. Byte-wise, because
    /// every page encodes its own path for the language link.
    static func query(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F:
                bytes.append(byte)
            default:
                bytes += [0x25, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

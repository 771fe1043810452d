import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// The coordinator enters items, checks them with their links, and freezes the answer sheet.
@Suite struct DisclosurePagesTests {
    static let base = "/a/thapkhlo/disclosure"
    static let year = "?year=2566"

    static func signIn(_ server: TestServer.Instance, _ browser: Browser) async throws {
        try await browser.signIn("admin", server.administratorPassword, newPassword: "ทับคล้อ-2566-oit")
    }

    @Test func theListShowsEveryItemOfTheYearBySubIndicator() async throws {
        try await TestServer.run { server, browser in
            try await Self.signIn(server, browser)
            let page = try await browser.get(Self.base + Self.year)
            #expect(page.status == .ok)
            for code in ["O1", "O10", "O23", "O42", "O43"] { #expect(page.text.contains(">\(code)</a>"), "\(code)") }
            #expect(page.text.contains("<caption>9.1 ข้อมูลพื้นฐาน</caption>"))
            #expect(page.text.contains("<caption>10.2 มาตรการภายในเพื่อป้องกันการทุจริต</caption>"))
            #expect(page.text.contains("กรอกอัตโนมัติจาก Prongsai"))
            #expect(page.text.contains("ยังไม่ได้ระบุเว็บไซต์หลัก"))
            #expect(try await browser.get(Self.base + "?year=2599").status == .notFound)
        }
    }

    @Test func enterCheckAndFreeze() async throws {
        try await AgencyWebsite.run { website in
            try await TestServer.run { server, browser in
                try await Self.signIn(server, browser)
                try await browser.get("\(Self.base)/settings\(Self.year)")
                let settings = try await browser.post("\(Self.base)/settings\(Self.year)", form: [
                    ("mainWebsite", website), ("publicSite", ""), ("reviewStart", "2023-05-01"), ("reviewEnd", "2023-06-30"),
                ])
                #expect(settings.status == .seeOther)

                try await browser.get("\(Self.base)/items/O1\(Self.year)")
                let saved = try await browser.post("\(Self.base)/items/O1\(Self.year)", form: [
                    ("url", "\(website)/ita/o1"), ("location", "เมนูข้อมูลหน่วยงาน > โครงสร้าง"),
                    ("component", "O1.1"), ("evidence-O1.1", "แผนผังหน้า 1"), ("component", "O1.2"), ("evidence-O1.2", "หน้า 1"),
                    ("component", "O1.3"), ("evidence-O1.3", "หน้า 2"), ("responsible", "สำนักปลัด"), ("due", "2023-03-31"),
                ])
                #expect(saved.status == .seeOther)
                let item = try await browser.get("\(Self.base)/items/O1\(Self.year)&saved=1")
                #expect(item.text.contains("บันทึกแล้ว") && item.text.contains("\(website)/ita/o1"))
                #expect(item.text.contains("ไม่พบสิ่งที่ต้องแก้"))

                try await browser.post("\(Self.base)/items/O2\(Self.year)", form: [
                    ("url", "\(website)/missing"), ("location", "หน้าผู้บริหาร"), ("component", "O2.1"), ("evidence-O2.1", "ภาพนายก"),
                ])
                try await browser.post("\(Self.base)/items/O3\(Self.year)", form: [("url", "https://drive.google.com/file/d/abc")])

                try await browser.get(Self.base + Self.year)
                let check = try await browser.post("\(Self.base)/check\(Self.year)", form: [])
                #expect(check.status == .ok)
                #expect(check.text.contains("<li>ลิงก์ \(website)/missing เปิดไม่ได้ (ไม่พบหน้า HTTP 404)</li>"))
                #expect(check.text.contains("<li>ขาดองค์ประกอบ O2.6 ช่องทางการติดต่อ ของผู้บริหารแต่ละคน</li>"))
                #expect(check.text.contains("<li>ลิงก์ https://drive.google.com/file/d/abc ไม่อยู่บนเว็บไซต์หลักของหน่วยงาน (127.0.0.1)</li>"))
                #expect(!check.text.contains("disclosure/items/O1?"), "O1 is complete and its link answers")
                #expect(check.text.contains("ผลตามเกณฑ์ผ่าน 85.00 คะแนน"))
                #expect(check.text.contains("คะแนนคาดการณ์รายตัวชี้วัดย่อย") && check.text.contains("คะแนนรวม"))

                let xlsx = try await browser.get("\(Self.base)/answer-sheet.xlsx\(Self.year)")
                #expect(xlsx.status == .ok && xlsx.headers[.contentType]?.contains("spreadsheetml") == true)
                #expect(Data(buffer: xlsx.body).starts(with: [0x50, 0x4B, 0x03, 0x04]))
                let sheet = try await browser.get("\(Self.base)/answer-sheet.csv\(Self.year)")
                #expect(sheet.text.contains("O1,9.1,โครงสร้าง,มี,\(website)/ita/o1,เมนูข้อมูลหน่วยงาน > โครงสร้าง"))
                #expect(sheet.text.contains("O10,9.1,นโยบายคุ้มครองข้อมูลส่วนบุคคล,ไม่มี,,"))
                let watch = try await browser.get("\(Self.base)/watch.csv\(Self.year)")
                #expect(watch.status == .ok && watch.text.contains("URL"))

                let frozen = try await browser.post("\(Self.base)/submissions\(Self.year)", form: [])
                #expect(frozen.status == .seeOther)
                let list = try await browser.get(Self.base + Self.year + "&saved=frozen")
                let id = try #require(list.text.firstMatch(of: /submissions\/([0-9a-f-]{36})\?format=csv/)).1
                let csv = try await browser.get("\(Self.base)/submissions/\(id)?format=csv")
                #expect(csv.status == .ok && csv.text.contains("\(website)/ita/o1"))
                // A later change does not reach the frozen sheet.
                try await browser.get("\(Self.base)/items/O1\(Self.year)")
                try await browser.post("\(Self.base)/items/O1\(Self.year)", form: [("url", "\(website)/ita/o1-new")])
                let again = try await browser.get("\(Self.base)/submissions/\(id)?format=html")
                #expect(again.text.contains("\(website)/ita/o1<") && !again.text.contains("o1-new"))
                #expect(again.text.contains("SHA-256"))
            }
        }
    }

    @Test(arguments: [
        ([("url", "ftp://example.org/x")], "url"),
        ([("url", ""), ("location", "มีแต่ตำแหน่ง")], "url"),
        ([("url", "https://www.thapkhlo.go.th/o4"), ("component", "O4.1")], "evidence-O4.1"),
        ([("component", "O9.9"), ("evidence-O9.9", "x")], "component"),
        ([("periodStart", "2022-10")], "periodEnd"),
        ([("periodStart", "2023-09"), ("periodEnd", "2022-10")], "periodEnd"),
        ([("due", "2023-02-30")], "due"),
    ])
    func badInputIsRefusedNamingTheFieldAndNothingIsStored(form: [(String, String)], field: String) async throws {
        try await TestServer.run { server, browser in
            try await Self.signIn(server, browser)
            try await browser.get("\(Self.base)/items/O4\(Self.year)")
            let response = try await browser.post("\(Self.base)/items/O4\(Self.year)", form: form)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("<code>\(field)</code>"), "\(response.text.prefix(400))")
            let agency = try #require(try await server.repositories.agencies.fetchAgency(slug: "thapkhlo"))
            #expect(try await server.repositories.disclosures.fetchDisclosureRecords(agency: agency.id, year: 2566).isEmpty)
        }
    }

    @Test func documentsAreUploadedByTheirBytesAndServedPublicly() async throws {
        try await TestServer.run { server, browser in
            try await Self.signIn(server, browser)
            try await browser.get("\(Self.base)/items/O4\(Self.year)")
            let pdf = Data("%PDF-1.4\n% แผนพัฒนาท้องถิ่น\n".utf8)
            let upload = try await browser.postMultipart(
                "\(Self.base)/items/O4/documents\(Self.year)", fields: [],
                files: [(field: "document", name: "แผนพัฒนา.pdf", type: "text/plain", data: pdf)])
            #expect(upload.status == .seeOther)
            let refused = try await browser.postMultipart(
                "\(Self.base)/items/O4/documents\(Self.year)", fields: [],
                files: [(field: "document", name: "virus.exe", type: "application/pdf", data: Data("MZ....".utf8))])
            #expect(refused.status == .unsupportedMediaType)
            let item = try await browser.get("\(Self.base)/items/O4\(Self.year)")
            let id = try #require(item.text.firstMatch(of: /disclosure\/documents\/([0-9a-f-]{36})\?year/)).1
            let page = try await browser.client.execute(uri: "/public/thapkhlo/ita/2566", method: .get, headers: [:], body: nil)
            #expect(page.text.contains("/public/thapkhlo/ita/2566/files/\(id)"))
            let file = try await browser.client.execute(uri: "/public/thapkhlo/ita/2566/files/\(id)", method: .get, headers: [:], body: nil)
            #expect(file.status == .ok && file.headers[.contentType] == "application/pdf" && Data(buffer: file.body) == pdf)
        }
    }

    @Test func aViewerReadsButCannotChange() async throws {
        try await RoleMatrixFixture.run { fixture in
            let session = try #require(try await fixture.session(for: .viewer))
            let cookie = "\(SessionMiddleware.cookieName)=\(session.token)"
            let page = try await fixture.client.execute(uri: Self.base + Self.year, method: .get, headers: [.cookie: cookie], body: nil)
            #expect(page.status == .ok && !page.text.contains("/check?year"))
            let post = try await fixture.client.execute(
                uri: "\(Self.base)/items/O1\(Self.year)", method: .post,
                headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "_csrf=\(Browser.encode(session.csrf))&url=https%3A%2F%2Fwww.thapkhlo.go.th%2Fo1"))
            #expect(post.status == .forbidden)
        }
    }
}

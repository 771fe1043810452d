import Complaints
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import OfficePackage
@testable import WebApp
import Workbench

/// The whole channel in process: a report filed anonymously, followed up with its receipt, handled and
/// answered by an officer, the answer read by the reporter; internal notes stay internal.
@Suite struct ComplaintFlowTests {
    @Test func fileFollowUpReplyAndReadTheReply() async throws {
        try await ComplaintFixture.run { fixture in
            let reporter = fixture.reporter()
            let filed = try await fixture.file(
                reporter, files: [("attachment", "หลักฐาน.pdf", "application/pdf", ComplaintFixture.evidence)],
                contact: [("contactPhone", "081-234-5678")])
            #expect(filed.status == .ok)
            #expect(filed.headers[.cacheControl] == "no-store")
            let receipt = try ComplaintFixture.receipt(filed.text)
            #expect(filed.text.contains("แสดงเพียงครั้งนี้ครั้งเดียว"))

            let opened = try await fixture.followUp(reporter, receipt: receipt)
            #expect(opened.status == .ok)
            #expect(opened.text.contains(ComplaintFixture.sentence) && opened.text.contains("081-234-5678") && opened.text.contains("หลักฐาน.pdf"))
            #expect(opened.text.contains("ได้รับเรื่องแล้ว"))
            #expect(!opened.text.contains(receipt), "the receipt is never echoed back into a page")

            let officer = fixture.officerBrowsers[0]
            let inbox = try await officer.get("/a/thapkhlo/complaints")
            let id = try #require(try await fixture.caseIDs().first)
            #expect(inbox.text.contains("/complaints/\(id)"))
            let casePage = try await officer.get("/complaints/\(id)")
            #expect(casePage.status == .ok && casePage.text.contains(ComplaintFixture.sentence))
            let attachment = try #require(try await fixture.repositories.complaints.fetchAttachments(complaint: id).first)
            let download = try await officer.get("/complaints/\(id)/attachments/\(attachment.id)")
            #expect(Data(buffer: download.body) == ComplaintFixture.evidence)
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment") == true)

            #expect(try await officer.post("/complaints/\(id)/reply", form: [("text", "ได้รับเรื่องแล้ว กำลังตรวจสอบข้อเท็จจริง")]).status == .seeOther)
            #expect(try await officer.post("/complaints/\(id)/note", form: [("text", "บันทึกภายใน: ผู้ถูกร้องเป็นญาติของรองนายก")]).status == .seeOther)
            #expect(try await officer.post("/complaints/\(id)/forward", form: [("destination", "nacc"), ("reference", "ทค 0023/123")]).status == .seeOther)
            let handled = try await officer.get("/complaints/\(id)")
            #expect(handled.text.contains("บันทึกภายใน: ผู้ถูกร้องเป็นญาติของรองนายก") && handled.text.contains("ทค 0023/123"))
            #expect(handled.text.contains("id=\"trail\""))

            let again = try await fixture.followUp(fixture.reporter(), receipt: receipt.replacingOccurrences(of: " ", with: ""))
            #expect(again.text.contains("ได้รับเรื่องแล้ว กำลังตรวจสอบข้อเท็จจริง"))
            #expect(again.text.contains("ส่งต่อหน่วยงานที่เกี่ยวข้อง"), "the status moved to forwarded")
            #expect(!again.text.contains("ผู้ถูกร้องเป็นญาติ") && !again.text.contains("ทค 0023/123"), "internal notes and referrals stay internal")

            // The reporter adds information with the page's follow-up token, then the officer reads it.
            let token = try #require(again.text.firstMatch(of: /name="followUp" value="([^"]+)"/).map { String($0.1) })
            let added = try await reporter.postMultipart(
                "\(fixture.base)/follow-up/message",
                fields: [("_form", try ComplaintFixture.formToken(again.text)), ("followUp", token), ("message", "ข้อมูลเพิ่มเติม: มีพยานสองคน")],
                files: [])
            #expect(added.status == .ok && added.text.contains("ข้อมูลเพิ่มเติม: มีพยานสองคน"))
            #expect(try await officer.get("/complaints/\(id)").text.contains("ข้อมูลเพิ่มเติม: มีพยานสองคน"))
        }
    }

    @Test func anExpiredOrMissingFormTokenKeepsWhatWasTypedAndStoresNothing() async throws {
        try await ComplaintFixture.run { fixture in
            let reporter = fixture.reporter()
            let missing = try await reporter.postMultipart(
                "\(fixture.base)/new", fields: [("category", "service"), ("details", "ข้อความที่ต้องไม่หาย")], files: [])
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("ข้อความที่ต้องไม่หาย") && missing.text.contains("name=\"_form\""))
            let other = try await reporter.postMultipart(
                "\(fixture.base)/new", fields: [("_form", "djE.forged"), ("category", "service"), ("details", "x")], files: [])
            #expect(other.status == .badRequest)
            #expect(try await fixture.caseIDs().isEmpty)
            // A signed-in browser without either token is refused as every form refuses a missing CSRF token.
            let officer = fixture.officerBrowsers[0]
            let refused = try await officer.send(
                "\(fixture.base)/new", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: .init(string: "category=service&details=x"))
            #expect(refused.status == .forbidden && refused.text.contains("_csrf"))
        }
    }

    @Test func anUnacceptedFileIsRefusedWith415NamingItAndTheTextIsKept() async throws {
        try await ComplaintFixture.run { fixture in
            let reporter = fixture.reporter()
            let refused = try await fixture.file(
                reporter, details: "รายละเอียดที่พิมพ์ไว้", files: [("attachment", "photo.heic", "image/heic", Data("ftypheic....".utf8))])
            #expect(refused.status == .unsupportedMediaType)
            #expect(refused.text.contains("photo.heic") && refused.text.contains("รายละเอียดที่พิมพ์ไว้"))
            #expect(try await fixture.caseIDs().isEmpty)
        }
    }

    @Test func photosLoseTheirLocationBeforeTheyAreSealed() async throws {
        try await ComplaintFixture.run { fixture in
            let exif: [UInt8] = [0xFF, 0xE1, 0x00, 0x12] + Array("Exif\0\0GPS-13.7".utf8) + [0, 0]
            let jpeg = Data([0xFF, 0xD8] + exif + [0xFF, 0xDB, 0x00, 0x04, 1, 2, 0xFF, 0xDA, 0x00, 0x02, 9, 9, 0xFF, 0xD9])
            try await fixture.file(fixture.reporter(), files: [("attachment", "รูป.jpg", "image/jpeg", jpeg)])
            let id = try #require(try await fixture.caseIDs().first)
            let attachment = try #require(try await fixture.repositories.complaints.fetchAttachments(complaint: id).first)
            let download = try await fixture.officerBrowsers[1].get("/complaints/\(id)/attachments/\(attachment.id)")
            #expect(Data(buffer: download.body).range(of: Data("GPS".utf8)) == nil)
            #expect(Data(buffer: download.body).starts(with: [0xFF, 0xD8, 0xFF, 0xDB]))
        }
    }

    @Test func wordAndPDFFilesLoseTheirAuthorBeforeTheyAreSealed() async throws {
        let author = "สมชาย ใจดี"
        let docx = try ZipPackage.data([
            ("docProps/core.xml", Data("<cp:coreProperties><dc:creator>\(author)</dc:creator></cp:coreProperties>".utf8)),
            ("word/document.xml", Data("<w:document><w:body><w:p><w:r><w:t>ใบเสร็จปลอม</w:t></w:r></w:p></w:body></w:document>".utf8)),
        ])
        let pdf = Data("%PDF-1.4\n1 0 obj << /Author (Somchai Jaidee) >> endobj\n%%EOF\n".utf8)
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter(), files: [
                ("attachment", "หลักฐาน.docx", "application/octet-stream", docx),
                ("attachment", "หลักฐาน.pdf", "application/pdf", pdf),
            ])
            let id = try #require(try await fixture.caseIDs().first)
            let attachments = try await fixture.repositories.complaints.fetchAttachments(complaint: id)
            #expect(attachments.count == 2)
            var downloaded: [String: Data] = [:]
            for attachment in attachments {
                let download = try await fixture.officerBrowsers[1].get("/complaints/\(id)/attachments/\(attachment.id)")
                downloaded[download.headers[.contentType] ?? ""] = Data(buffer: download.body)
            }
            let word = try ZipPackage.parts(of: try #require(downloaded[ContentSniffer.docx.mimeType]))
            let parts = word.map { String(decoding: $0.data, as: UTF8.self) }.joined()
            #expect(parts.contains("ใบเสร็จปลอม") && !parts.contains(author))
            let sealedPDF = String(decoding: try #require(downloaded["application/pdf"]), as: UTF8.self)
            #expect(sealedPDF.hasPrefix("%PDF-1.4") && !sealedPDF.contains("Somchai"))
        }
    }

    @Test func anUntouchedContactSectionStaysAnonymous() async throws {
        try await ComplaintFixture.run { fixture in
            let reporter = fixture.reporter()
            let form = try await reporter.get("\(fixture.base)/new")
            // What a browser sends for the empty contact fields.
            try await reporter.postMultipart(
                "\(fixture.base)/new",
                fields: [("_form", try ComplaintFixture.formToken(form.text)), ("category", "misconduct"), ("details", "ไม่ระบุชื่อ"),
                         ("contactName", ""), ("contactPhone", " "), ("contactEmail", "")],
                files: [])
            let id = try #require(try await fixture.caseIDs().first)
            let page = try await fixture.officerBrowsers[0].get("/complaints/\(id)")
            #expect(page.text.contains("ไม่ระบุตัวตน") && !page.text.contains("ช่องทางติดต่อกลับ"))
        }
    }

    @Test func aClosedChannelTakesNoReportsAndSaysWhereElseToGo() async throws {
        try await ComplaintFixture.run(open: false) { fixture in
            let reporter = fixture.reporter()
            let form = try await reporter.get("\(fixture.base)/new")
            #expect(form.status == .serviceUnavailable && form.text.contains("1205"))
            let landing = try await reporter.get(fixture.base)
            #expect(landing.status == .ok && landing.text.contains("channel-closed"))
        }
    }
}

import Complaints
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OfficePackage
import Testing
import TestSupport
@testable import WebApp
import Workbench

/// Forms from anyone cost work in proportion to their size and parts; what they carry is refused or
/// cleaned where it would be lost, hidden or break a file.
@Suite struct BoundedFormTests {
    static func multipart(_ parts: Int, boundary: String = "bounded-7d1f") -> Data {
        var body = Data()
        for index in 0..<parts {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"f\(index)\"\r\n\r\nx\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }

    @Test func theMultipartParserGrowsLinearlyInItsParts() throws {
        let figures = try GrowthRatio.measure(startingAt: 512, upTo: 1 << 22, make: { Self.multipart($0) }, run: { body in
            _ = try MultipartBody.parse(body, boundary: "bounded-7d1f", maximumParts: .max)
        })
        print("multipart parser, parts: \(figures)")
        #expect(figures.ratio < 16, "\(figures)")
    }

    @Test func partsPastTheCapAreRefused() throws {
        #expect(try MultipartBody.parse(Self.multipart(64), boundary: "bounded-7d1f").fields.count == 64)
        let error = try #require(throws: WebError.self) { try MultipartBody.parse(Self.multipart(65), boundary: "bounded-7d1f") }
        #expect(error.status == .contentTooLarge && error.messageEN.contains("64 parts") && error.messageTH.contains("64"))
    }

    @Test func aFormOfThousandsOfPartsIsRefusedOnThePublicFormWithoutSigningIn() async throws {
        try await ComplaintFixture.run { fixture in
            let reporter = fixture.reporter()
            let response = try await reporter.send(
                "\(fixture.base)/new", method: .post, headers: [.contentType: "multipart/form-data; boundary=bounded-7d1f"],
                body: ByteBuffer(bytes: Self.multipart(50_000)))
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("64"))
            #expect(try await fixture.caseIDs().isEmpty)
        }
    }

    @Test func aNULInAReportIsRefusedNamingTheFieldAndNothingIsStored() async throws {
        try await ComplaintFixture.run { fixture in
            let filed = try await fixture.file(fixture.reporter(), details: "ก่อน\u{0}หลัง")
            #expect(filed.status == .badRequest)
            #expect(filed.text.contains("details") && filed.text.contains("NUL") && filed.text.contains("อักขระ"))
            #expect(try await fixture.caseIDs().isEmpty)
        }
    }

    @Test func aNULInAnURLEncodedFieldIsRefusedNamingTheField() async throws {
        try await TestServer.run { server, browser in
            try await browser.signIn("admin", server.administratorPassword, newPassword: "ทับคล้อ-2566-oit")
            try await browser.get("/a/thapkhlo/disclosure/items/O4?year=2566")
            let response = try await browser.post(
                "/a/thapkhlo/disclosure/items/O4?year=2566", form: [("url", "https://www.thapkhlo.go.th/o4"), ("location", "หน้า\u{0}แรก")])
            #expect(response.status == .badRequest)
            #expect(response.text.contains("location") && response.text.contains("NUL"))
            let agency = try #require(try await server.repositories.agencies.fetchAgency(slug: "thapkhlo"))
            #expect(try await server.repositories.disclosures.fetchDisclosureRecords(agency: agency.id, year: 2566).isEmpty)
        }
    }

    @Test func directionMarksAndControlsLeaveUploadedFileNames() throws {
        let name = "ใบเสร็จ\u{202E}fdp.exe\u{2066}\u{200F}\u{061C}\u{1}.pdf"
        let body = Data("--b\r\nContent-Disposition: form-data; name=\"document\"; filename=\"\(name)\"\r\n\r\n%PDF-1.4\r\n--b--\r\n".utf8)
        let form = try MultipartBody.parse(body, boundary: "b")
        #expect(form.files.first?.fileName == "ใบเสร็จfdp.exe.pdf")
    }

    @Test func aComplaintAttachmentKeepsItsNameWithoutDirectionMarks() async throws {
        try await ComplaintFixture.run { fixture in
            let reporter = fixture.reporter()
            let filed = try await fixture.file(
                reporter, files: [("attachment", "ใบเสร็จ\u{202E}fdp.exe", "application/pdf", ComplaintFixture.evidence)])
            #expect(filed.status == .ok)
            let opened = try await fixture.followUp(reporter, receipt: try ComplaintFixture.receipt(filed.text))
            #expect(opened.text.contains("ใบเสร็จfdp.exe"))
            #expect(!opened.text.contains("\u{202E}"))
        }
    }

    /// A .docx whose document part inflates to `inflated` spaces while both headers claim 1 KB.
    static func bomb(inflated: Int) throws -> Data {
        var zip = [UInt8](try ZipPackage.data([("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", Data(repeating: 0x20, count: inflated))]))
        for index in 0..<(zip.count - 4) where zip[index] == 0x50 && zip[index + 1] == 0x4B {
            let offset: Int
            switch (zip[index + 2], zip[index + 3]) {
            case (0x03, 0x04): offset = 22
            case (0x01, 0x02): offset = 24
            default: continue
            }
            zip.replaceSubrange((index + offset)..<(index + offset + 4), with: [0x00, 0x04, 0x00, 0x00])
        }
        return Data(zip)
    }

    @Test func aZipBombOnThePublicFormIsRefusedWithAMessageAndNothingIsStored() async throws {
        try await ComplaintFixture.run { fixture in
            let bomb = try Self.bomb(inflated: 16 * 1_048_576)
            let filed = try await fixture.file(
                fixture.reporter(), files: [("attachment", "ใบเสร็จ.docx", ContentSniffer.docx.mimeType, bomb)])
            #expect(filed.status == .contentTooLarge)
            #expect(filed.text.contains("ใบเสร็จ.docx") && filed.text.contains("PDF"))
            #expect(filed.text.contains(ComplaintFixture.sentence), "the form is shown again with the text typed")
            #expect(try await fixture.caseIDs().isEmpty)
        }
    }

    @Test func theAnswerSheetStillOpensWithNonCharactersInAField() async throws {
        try await TestServer.run { server, browser in
            try await browser.signIn("admin", server.administratorPassword, newPassword: "ทับคล้อ-2566-oit")
            try await browser.get("/a/thapkhlo/disclosure/items/O1?year=2566")
            let saved = try await browser.post("/a/thapkhlo/disclosure/items/O1?year=2566", form: [
                ("url", "https://www.thapkhlo.go.th/ita/o1"), ("location", "เมนู\u{FFFE}ข้อมูล\u{FFFF}หน่วยงาน\u{1}"),
            ])
            #expect(saved.status == .seeOther)
            let xlsx = try await browser.get("/a/thapkhlo/disclosure/answer-sheet.xlsx?year=2566")
            #expect(xlsx.status == .ok)
            let parts = try ZipPackage.parts(of: Data(buffer: xlsx.body))
            for part in parts where part.path.hasSuffix(".xml") || part.path.hasSuffix(".rels") {
                let parser = XMLParser(data: part.data)
                #expect(parser.parse(), "\(part.path): \(String(describing: parser.parserError))")
            }
            let sheet = try #require(parts.first { $0.path == "xl/worksheets/sheet1.xml" })
            #expect(String(decoding: sheet.data, as: UTF8.self).contains("เมนูข้อมูลหน่วยงาน"))
        }
    }
}

import Foundation
import HTTPTypes
import Testing
import ThaiText
import ZIPFoundation

@Suite struct DocumentRoutesTests {
    typealias Support = ProgressTestSupport

    static func documentXML(_ docx: Data) throws -> String {
        let archive = try Archive(data: docx, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func theO43WordFileCarriesTheProgressJustReported() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let posted = try await browser.postMultipart(
                "/a/thapkhlo/measures/\(measure.id)/progress", fields: ProgressRoutesTests.fields,
                files: [(field: "evidence", name: "minutes.pdf", type: "application/pdf", data: Support.pdf)])
            #expect(posted.status == .seeOther)
            let response = try await browser.get("/a/thapkhlo/documents/o43.docx")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(response.headers[.contentDisposition]?.contains("O43-thapkhlo-2566.docx") == true)
            let xml = try Self.documentXML(Data(buffer: response.body))
            #expect(xml.contains("จัดประชุมชี้แจงแผนการใช้จ่ายงบประมาณให้บุคลากรทุกกอง"))
            #expect(xml.contains("5 พ.ย. 2565"))
            #expect(xml.contains("minutes.pdf"))
            #expect(xml.contains("ข้อมูล ณ วันที่ \(ThaiDate(Date()).thaiFull)"))
        }
    }

    @Test func thePrintPageLinksItsStylesheetSoTheCSPAllowsIt() async throws {
        try await TestServer.run { server, browser in
            try await Support.signInAsFinanceHead(server, browser)
            for path in ["/a/thapkhlo/documents/o43.html", "/a/thapkhlo/documents/o42.html?year=2566"] {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains("<link rel=\"stylesheet\" href=\"/documents/print.css\">"), "\(path)")
                #expect(!page.text.contains("<style"), "\(path): the CSP refuses inline styles")
                #expect(page.text.contains("class=\"ita-measures"), "\(path)")
            }
            let css = try await browser.get("/documents/print.css")
            #expect(css.status == .ok)
            #expect(css.text.contains("@page"))
            #expect(css.text.contains(".ita-report .ita-progress-log col:nth-child(2)"))
            let saved = try await browser.get("/a/thapkhlo/documents/o43.html?download=1")
            #expect(saved.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            #expect(saved.text.contains("src: url(\"data:font/ttf;base64,"), "the saved file carries its fonts")
        }
    }

    @Test func theO42WordFileIsTheStoredPlansMeasuresDocument() async throws {
        try await TestServer.run { server, browser in
            let agency = try await Support.agency(server)
            try await Support.signInAsFinanceHead(server, browser)
            let response = try await browser.get("/a/thapkhlo/documents/o42.docx")
            #expect(response.status == .ok)
            let xml = try Self.documentXML(Data(buffer: response.body))
            #expect(xml.contains("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"))
            #expect(xml.contains(agency.financeMeasure.measure.title))
        }
    }

    @Test func aMeetingReportComesInEachFormat() async throws {
        try await TestServer.run { server, browser in
            try await MeetingRoutesTests.seedProgress(server)
            try await Support.signInAsCoordinator(server, browser)
            let posted = try await browser.post("/a/thapkhlo/meetings", form: [("month", "2565-12"), ("meetingDate", "2023-01-10")])
            let id = try #require(posted.headers[.location]?.split(separator: "/").last)
            let documents = try await browser.get("/a/thapkhlo/documents")
            #expect(documents.text.contains("/a/thapkhlo/documents/meetings/\(id).docx"))
            let docx = try await browser.get("/a/thapkhlo/documents/meetings/\(id).docx")
            #expect(docx.status == .ok)
            let xml = try Self.documentXML(Data(buffer: docx.body))
            #expect(xml.contains(MeetingRoutesTests.december))
            #expect(!xml.contains(MeetingRoutesTests.november))
            #expect(try await browser.get("/a/thapkhlo/documents/meetings/\(id).html").text.contains(MeetingRoutesTests.december))
            #expect(try await browser.get("/a/thapkhlo/documents/meetings/\(id).txt").status == .notFound)
            #expect(try await browser.get("/a/thapkhlo/documents/meetings/\(UUID().uuidString.lowercased()).docx").status == .notFound)
        }
    }

    @Test func anUnknownFormatIsNotFound() async throws {
        try await TestServer.run { server, browser in
            try await Support.signInAsFinanceHead(server, browser)
            let response = try await browser.get("/a/thapkhlo/documents/o43.odt")
            #expect(response.status == .notFound)
            #expect(response.text.contains("<code>format</code>"))
        }
    }

    static let hasRenderer = ProcessInfo.processInfo.environment["PATH"].map { path in
        path.split(separator: ":").contains { folder in
            ["chromium", "soffice"].contains { FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)") }
        }
    } ?? false

    @Test(.enabled(if: DocumentRoutesTests.hasRenderer, "neither Chromium nor LibreOffice is installed"))
    func theO43PDFIsMadeOffTheEventLoop() async throws {
        try await TestServer.run { server, browser in
            try await Support.signInAsFinanceHead(server, browser)
            let response = try await browser.get("/a/thapkhlo/documents/o43.pdf")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/pdf")
            #expect(Data(buffer: response.body).starts(with: Data("%PDF".utf8)))
        }
    }
}

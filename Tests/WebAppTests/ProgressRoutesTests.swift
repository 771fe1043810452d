import Foundation
import HTTPTypes
import Testing
import ThaiText
import Workbench

@Suite struct ProgressRoutesTests {
    typealias Support = ProgressTestSupport

    static let fields = [
        ("date", "2022-11-05"), ("status", "inProgress"), ("percent", "40"),
        ("text", "จัดประชุมชี้แจงแผนการใช้จ่ายงบประมาณให้บุคลากรทุกกอง"),
    ]

    @Test func aDivisionHeadReportsWithAPDFThatDownloadsByteForByte() async throws {
        try await TestServer.run { server, browser in
            let agency = try await Support.agency(server)
            let measure = agency.financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let path = "/a/thapkhlo/measures/\(measure.id)/progress"
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("enctype=\"multipart/form-data\""), "the head of กองคลัง gets the form")

            let posted = try await browser.postMultipart(
                path, fields: Self.fields,
                files: [(field: "evidence", name: "รายงานการประชุม.pdf", type: "application/pdf", data: Support.pdf)])
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location]?.hasPrefix("\(path)?saved=1") == true)

            let entries = try await Support.storedEntries(server)
            #expect(entries.count == 1)
            let entry = try #require(entries.first)
            #expect(entry.measureID == measure.id)
            #expect(entry.date == ThaiDate(year: 2565, month: .november, day: 5))
            #expect(entry.status == .inProgress && entry.percent == 40)
            #expect(entry.authorName == "คุณfinance")
            let files = try await Support.storedEvidence(server)
            let file = try #require(files.first)
            #expect(files.count == 1)
            #expect(file.progressEntryID == entry.id)
            #expect(file.fileName == "รายงานการประชุม.pdf")
            #expect(file.contentType == "application/pdf")
            #expect(file.size == Support.pdf.count)
            #expect(file.sha256.count == 64)
            #expect(file.effectiveDate == entry.date, "the effective date defaults to the entry's date")

            let log = try await browser.get(path + "?saved=1").text
            #expect(log.contains("5 พ.ย. 2565"))
            #expect(log.contains("รายงานการประชุม.pdf"))
            #expect(log.contains("title=\"SHA-256 \(file.sha256)\""))
            #expect(log.contains(String(file.sha256.prefix(12))))

            let download = try await browser.get("/a/thapkhlo/evidence/\(file.id)")
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == Support.pdf)
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition]?.contains("filename*=UTF-8''") == true)
            #expect(download.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
        }
    }

    @Test func aMeasureOfAnotherDivisionIsRefusedAndNothingIsStored() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).otherMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let path = "/a/thapkhlo/measures/\(measure.id)/progress"
            let page = try await browser.get(path)
            #expect(page.status == .ok, "any reader of the agency sees the log")
            #expect(!page.text.contains("enctype=\"multipart/form-data\""))
            let posted = try await browser.postMultipart(
                path, fields: Self.fields, files: [(field: "evidence", name: "a.pdf", type: "application/pdf", data: Support.pdf)])
            #expect(posted.status == .forbidden)
            #expect(try await Support.storedEntries(server).isEmpty)
            #expect(try await Support.storedEvidence(server).isEmpty)
        }
    }

    @Test func aPNGNamedPDFIsStoredAsAPNG() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let posted = try await browser.postMultipart(
                "/a/thapkhlo/measures/\(measure.id)/progress", fields: Self.fields,
                files: [(field: "evidence", name: "photo.pdf", type: "application/pdf", data: Support.png)])
            #expect(posted.status == .seeOther)
            let file = try #require(try await Support.storedEvidence(server).first)
            #expect(file.contentType == "image/png")
            let download = try await browser.get("/a/thapkhlo/evidence/\(file.id)")
            #expect(download.headers[.contentType] == "image/png")
        }
    }

    @Test(arguments: [("page.html", ProgressTestSupport.html), ("setup.exe", ProgressTestSupport.executable)])
    func htmlAndExecutablesAreRefusedByName(_ name: String, _ bytes: Data) async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let path = "/a/thapkhlo/measures/\(measure.id)/progress"
            let posted = try await browser.postMultipart(
                path, fields: Self.fields,
                files: [
                    (field: "evidence", name: "ok.pdf", type: "application/pdf", data: Support.pdf),
                    (field: "evidence", name: name, type: "application/pdf", data: bytes),
                ])
            #expect(posted.status == .unsupportedMediaType)
            #expect(posted.text.contains(name))
            #expect(posted.text.contains("evidence"))
            #expect(try await Support.storedEntries(server).isEmpty, "the whole report is refused")
            #expect(try await Support.storedEvidence(server).isEmpty)
            #expect(try await browser.get(path).text.contains("ยังไม่มีการรายงานผลการดำเนินการ"))
        }
    }

    @Test func aFileOverTheLimitIsRefused() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            var big = Support.pdf
            big.append(Data(repeating: 0x20, count: 10 * 1024 * 1024))
            let posted = try await browser.postMultipart(
                "/a/thapkhlo/measures/\(measure.id)/progress", fields: Self.fields,
                files: [(field: "evidence", name: "scan.pdf", type: "application/pdf", data: big)])
            #expect(posted.status == .contentTooLarge)
            #expect(posted.text.contains("scan.pdf"))
            #expect(try await Support.storedEntries(server).isEmpty)
        }
    }

    @Test(arguments: ["2022-07-31", "2023-02-29", "2030-01-01", "5/11/2565"])
    func aDateOutsideThePeriodOrNotADayIsRefusedNamingTheField(_ date: String) async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let fields = Self.fields.map { $0.0 == "date" ? ("date", date) : $0 }
            let posted = try await browser.postMultipart("/a/thapkhlo/measures/\(measure.id)/progress", fields: fields, files: [])
            #expect(posted.status == .badRequest)
            #expect(posted.text.contains("<code>date</code>"))
            #expect(posted.text.contains("วันที่"))
            #expect(try await Support.storedEntries(server).isEmpty)
        }
    }

    @Test(arguments: [("percent", "101"), ("status", "done"), ("text", "  ")])
    func otherBadFieldsAreNamed(_ field: String, _ value: String) async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let fields = Self.fields.map { $0.0 == field ? (field, value) : $0 }
            let posted = try await browser.postMultipart("/a/thapkhlo/measures/\(measure.id)/progress", fields: fields, files: [])
            #expect(posted.status == .badRequest)
            #expect(posted.text.contains("<code>\(field)</code>"))
            #expect(try await Support.storedEntries(server).isEmpty)
        }
    }

    @Test func aFormWithoutItsCSRFTokenIsRefused() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let posted = try await browser.postMultipart(
                "/a/thapkhlo/measures/\(measure.id)/progress", fields: Self.fields + [("_csrf", "forged")], files: [])
            #expect(posted.status == .forbidden)
            #expect(try await Support.storedEntries(server).isEmpty)
        }
    }

    @Test func eachSlotOfFilesTakesItsOwnEffectiveDate() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let posted = try await browser.postMultipart(
                "/a/thapkhlo/measures/\(measure.id)/progress", fields: Self.fields + [("effective2", "2022-10-20")],
                files: [
                    (field: "evidence", name: "minutes.pdf", type: "application/pdf", data: Support.pdf),
                    (field: "evidence2", name: "order.png", type: "image/png", data: Support.png),
                ])
            #expect(posted.status == .seeOther)
            let files = try await Support.storedEvidence(server).sorted { $0.fileName < $1.fileName }
            #expect(files.map(\.fileName) == ["minutes.pdf", "order.png"])
            #expect(files[0].effectiveDate == ThaiDate(year: 2565, month: .november, day: 5))
            #expect(files[1].effectiveDate == ThaiDate(year: 2565, month: .october, day: 20))
        }
    }

    @Test func aViewerReadsButCannotReport() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.addUser(server, "viewer", role: .viewer)
            try await browser.signIn("viewer", Support.password)
            let path = "/a/thapkhlo/measures/\(measure.id)/progress"
            #expect(try await browser.get(path).status == .ok)
            #expect(try await browser.postMultipart(path, fields: Self.fields, files: []).status == .forbidden)
            #expect(try await Support.storedEntries(server).isEmpty)
        }
    }

    @Test func theOverviewPutsTheDivisionsOwnMeasuresFirst() async throws {
        try await TestServer.run { server, browser in
            let agency = try await Support.agency(server)
            try await Support.signInAsFinanceHead(server, browser)
            let page = try await browser.get("/a/thapkhlo/progress").text
            let own = try #require(page.range(of: "มาตรการของกองคลัง"))
            let others = try #require(page.range(of: "มาตรการอื่นของหน่วยงาน"))
            let finance = try #require(page.range(of: agency.financeMeasure.measure.title))
            let other = try #require(page.range(of: "measures/\(agency.otherMeasure.id)/progress"))
            #expect(own.lowerBound < finance.lowerBound && finance.lowerBound < others.lowerBound)
            #expect(others.lowerBound < other.lowerBound)
        }
    }

    @Test func anotherAgencysEvidenceIsNotFound() async throws {
        try await TestServer.run { server, browser in
            try await Support.signInAsFinanceHead(server, browser)
            let response = try await browser.get("/a/thapkhlo/evidence/\(UUID().uuidString.lowercased())")
            #expect(response.status == .notFound)
        }
    }
}

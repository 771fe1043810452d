import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Workbench

/// CSV downloads of the tables, and the CSV writer itself.
@Suite struct ExportCSVTests {
    typealias Fixtures = PlanEditingFixtures

    /// The records of a CSV text, honouring quotes (fields may hold line breaks).
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field); field = ""
            } else if character == "\r\n" {
                record.append(field); records.append(record); record = []; field = ""
            } else {
                field.append(character)
            }
        }
        return records
    }

    @Test(arguments: [
        ("results", 15, "ประเภท [Kind]"),
        ("recommendations", 8, "ข้อเสนอแนะ [Recommendation]"),
        ("analysis", 10, "ตัวชี้วัด [Indicator]"),
        ("measures", 7, "มาตรการ/แนวทาง [Measure]"),
        ("progress", 2, "วันที่ (พ.ศ.) [Date (B.E.)]"),
        ("evidence", 1, "SHA-256"),
    ])
    func everyTableDownloadsWithABOMThaiHeadersAndItsRows(table: String, rows: Int, header: String) async throws {
        try await TestServer.run { server, browser in
            let plan = try await Fixtures.plan(server)
            try await Fixtures.addProgress(server, to: plan.measures[0], evidence: "รายงาน,ประชุม.pdf")
            try await Fixtures.addProgress(server, to: plan.measures[2], percent: 100)
            try await Fixtures.signIn(browser, server, as: .viewer)
            let response = try await browser.get("/a/thapkhlo/export/\(table).csv?year=2566")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(response.headers[.contentDisposition]?.contains("thapkhlo-2566-\(table).csv") == true)
            let bytes = Data(buffer: response.body)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasSuffix("\r\n"))
            let records = Self.records(text)
            #expect(records.first?.contains(header) == true)
            #expect(records.count == rows + 1)
            #expect(Set(records.map(\.count)).count == 1, "every row has the header's width")
        }
    }

    @Test func rowsCarryTheStoredValues() async throws {
        try await TestServer.run { server, browser in
            let plan = try await Fixtures.plan(server)
            try await Fixtures.addProgress(server, to: plan.measures[0], evidence: "รายงาน,ประชุม.pdf")
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let results = Self.records(String(decoding: Data(buffer: try await browser.get("/a/thapkhlo/export/results.csv").body).dropFirst(3), as: UTF8.self))
            #expect(results[1] == ["ตัวชี้วัด", "1", "การปฏิบัติหน้าที่", "100.00", "", ""])
            #expect(results[11] == ["แบบวัด", "IIT", results[11][2], "99.80", "30", "29.94"])
            #expect(results[14][0] == "รวม" && results[14][3] == "73.35" && results[15][3] == "C")
            let progress = Self.records(String(decoding: Data(buffer: try await browser.get("/a/thapkhlo/export/progress.csv").body).dropFirst(3), as: UTF8.self))
            #expect(progress[1] == ["1", plan.measures[0].measure.title, "15 ม.ค. 2566", "2023-01-15", "อยู่ระหว่างดำเนินการ", "40",
                                    "จัดประชุมชี้แจง, ครั้งที่ \"1\"", "หัวหน้าสำนักปลัด"])
            let evidence = Self.records(String(decoding: Data(buffer: try await browser.get("/a/thapkhlo/export/evidence.csv").body).dropFirst(3), as: UTF8.self))
            #expect(evidence[1][0] == "รายงาน,ประชุม.pdf" && evidence[1][4] == "10 ม.ค. 2566" && evidence[1][5] == "2023-01-10")
            #expect(evidence[1][6] == "2023-01-15T09:33:20+07:00")
            #expect(evidence[1][8] == "1. \(plan.measures[0].measure.title)")
        }
    }

    @Test func unknownTablesAndOtherAgenciesAreRefused() async throws {
        try await TestServer.run { server, browser in
            _ = try await Fixtures.newAgency(server)
            try await Fixtures.signIn(browser, server, as: .coordinator, slug: "bangkrathum")
            #expect(try await browser.get("/a/thapkhlo/export/measures.csv").status == .forbidden)
            #expect(try await browser.get("/a/bangkrathum/export/passwords.csv").status == .notFound)
        }
    }

    @Test func theWriterQuotesAndNeutralisesFormulas() {
        let table = CSVTable(header: ["ชื่อ [Name]", "ค่า [Value]"], rows: [
            ["มี,จุลภาค", "มี \"อัญประกาศ\""], ["สอง\nบรรทัด", "=HYPERLINK(\"x\")"], ["-5", "- สำนักปลัด"], ["@me", "+1"],
        ])
        #expect(table.text == "ชื่อ [Name],ค่า [Value]\r\n\"มี,จุลภาค\",\"มี \"\"อัญประกาศ\"\"\"\r\n\"สอง\nบรรทัด\",\"'=HYPERLINK(\"\"x\"\")\"\r\n-5,'- สำนักปลัด\r\n'@me,+1\r\n")
        #expect(table.data.starts(with: CSVTable.byteOrderMark))
        #expect(Self.records(table.text)[2] == ["สอง\nบรรทัด", "'=HYPERLINK(\"x\")"])
    }
}

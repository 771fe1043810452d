import Foundation
import HTTPTypes
import Hummingbird
import Testing
import ThaiText

@Suite struct MeetingRoutesTests {
    typealias Support = ProgressTestSupport
    static let november = "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณ พฤศจิกายน"
    static let december = "เผยแพร่อินโฟกราฟิก ธันวาคม"

    /// Measure 1 reported in November and December.
    static func seedProgress(_ server: TestServer.Instance) async throws {
        let measure = try await Support.agency(server).financeMeasure
        try await Support.insertEntry(server, measure: measure, date: ThaiDate(year: 2565, month: .november, day: 5), text: november, percent: 40)
        try await Support.insertEntry(
            server, measure: measure, date: ThaiDate(year: 2565, month: .december, day: 20), text: december,
            status: .completed, percent: 100)
    }

    @Test func theCoordinatorRecordsAMeetingThatListsOnlyTheMonthsReports() async throws {
        try await TestServer.run { server, browser in
            try await Self.seedProgress(server)
            try await Support.signInAsCoordinator(server, browser)
            let list = try await browser.get("/a/thapkhlo/meetings")
            #expect(list.status == .ok)
            #expect(list.text.contains("name=\"month\""))
            let posted = try await browser.post("/a/thapkhlo/meetings", form: [
                ("month", "2565-11"), ("meetingDate", "2022-12-07"), ("title", ""), ("notes", "ที่ประชุมรับทราบ"),
            ])
            #expect(posted.status == .seeOther)
            let location = try #require(posted.headers[.location])
            let page = try await browser.get(location)
            #expect(page.status == .ok)
            #expect(page.text.contains("รายงานผลการดำเนินการตามมาตรการ ในการประชุมประจำเดือน พฤศจิกายน 2565"))
            #expect(page.text.contains(Self.november))
            #expect(!page.text.contains(Self.december), "December's report is not November's")
            #expect(page.text.contains("7 ธันวาคม พ.ศ. 2565"))
            #expect(try await browser.get("/a/thapkhlo/meetings").text.contains(location))
        }
    }

    @Test(arguments: [
        ("month", "2566-10"), ("month", "2022-11"), ("month", ""), ("meetingDate", "2022-10-31"), ("meetingDate", "2099-01-01"),
    ])
    func badInputIsRefusedNamingTheField(_ field: String, _ value: String) async throws {
        try await TestServer.run { server, browser in
            try await Support.signInAsCoordinator(server, browser)
            var form = [("month", "2565-11"), ("meetingDate", "2022-12-07")]
            form = form.map { $0.0 == field ? (field, value) : $0 }
            let posted = try await browser.post("/a/thapkhlo/meetings", form: form)
            #expect(posted.status == .badRequest)
            #expect(posted.text.contains("<code>\(field)</code>"))
            let agency = try await Support.agency(server)
            #expect(try await server.repositories.plans.fetchMeetingReports(agency: agency.record.id, year: 2566).isEmpty)
        }
    }

    @Test func aDivisionHeadCannotRecordAMeeting() async throws {
        try await TestServer.run { server, browser in
            try await Support.signInAsFinanceHead(server, browser)
            #expect(!(try await browser.get("/a/thapkhlo/meetings").text.contains("name=\"month\"")))
            let posted = try await browser.post("/a/thapkhlo/meetings", form: [("month", "2565-11"), ("meetingDate", "2022-12-07")])
            #expect(posted.status == .forbidden)
        }
    }

    @Test func theAPICreatesAndReadsAMeetingWithTheMonthsReports() async throws {
        try await TestServer.run { server, browser in
            try await Self.seedProgress(server)
            try await Support.signInAsCoordinator(server, browser)
            let created = try await browser.send(
                "/api/v1/agencies/thapkhlo/years/2566/meetings", method: .post,
                headers: [.contentType: "application/json", ProgressAPITests.csrfHeader: browser.lastCSRF ?? ""],
                body: ByteBuffer(string: #"{"month": "พ.ย. 2565", "meetingDate": "2022-12-07"}"#))
            #expect(created.status == .created)
            let meeting = try ProgressAPITests.json(created)
            #expect(meeting["month"] as? String == "2565-11")
            let id = try #require(meeting["id"] as? String)

            let list = try ProgressAPITests.json(try await browser.get("/api/v1/agencies/thapkhlo/years/2566/meetings"))
            #expect((list["meetings"] as? [[String: Any]])?.count == 1)
            let detail = try ProgressAPITests.json(try await browser.get("/api/v1/agencies/thapkhlo/meetings/\(id)"))
            let measures = try #require(detail["measures"] as? [[String: Any]])
            let first = try #require(measures.first)
            #expect((first["entries"] as? [[String: Any]])?.map { $0["text"] as? String } == [Self.november])
            #expect((first["latest"] as? [String: Any])?["percent"] as? Int == 40)
            #expect((measures[1]["entries"] as? [Any])?.isEmpty == true)
        }
    }
}

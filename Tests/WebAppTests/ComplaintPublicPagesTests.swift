import Complaints
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// The other public pages: the front page, statistics with small cells protected, the poster with its QR
/// code, and the language switch.
@Suite struct ComplaintPublicPagesTests {
    @Test func theStatisticsPageCountsWithoutDecryptingAndHidesSmallCells() async throws {
        try await ComplaintFixture.run { fixture in
            for number in 0..<4 { try await fixture.file(fixture.reporter(), details: "บริการล่าช้า \(number)", category: "service") }
            try await fixture.file(fixture.reporter(), category: "corruption")
            let year = ThaiDateNow.fiscalYear(fixture.clock.now)
            let page = try await fixture.reporter().get("\(fixture.base)/statistics?year=\(year)")
            #expect(page.status == .ok)
            #expect(page.text.contains("complaint-statistics") && page.text.contains("&lt;3"))
            #expect(!page.text.contains(ComplaintFixture.sentence) && !page.text.contains("บริการล่าช้า"))
            let section = try await ComplaintStatisticsSection.load(agency: fixture.agency, fiscalYear: year, environment: fixture.environment)
            #expect(section.statistics.categoryTotals[2] == .exact(4))
            #expect(section.statistics.categoryTotals[0] != .exact(1))
            #expect(try await fixture.reporter().get("\(fixture.base)/statistics?year=abc").status == .badRequest)
        }
    }

    @Test func thePosterCarriesAQRCodeOfTheChannelsAddress() async throws {
        try await ComplaintFixture.run { fixture in
            let poster = try await fixture.reporter().get("\(fixture.base)/poster")
            #expect(poster.status == .ok)
            #expect(poster.text.contains("<svg") && poster.text.contains("http://localhost/public/thapkhlo/complaints"))
            let routes = ComplaintPosterRoutes(services: ComplaintServices(environment: fixture.environment))
            func request(_ authority: String, proto: String? = nil) -> Request {
                var fields = HTTPFields()
                if let proto { fields[.xForwardedProto] = proto }
                return Request(
                    head: HTTPRequest(method: .get, scheme: "http", authority: authority, path: "/", headerFields: fields),
                    body: .init(buffer: ByteBuffer()))
            }
            #expect(routes.address(request("ita.thapkhlo.go.th", proto: "https"), fixture.agency) == "https://ita.thapkhlo.go.th/public/thapkhlo/complaints")
            #expect(routes.address(request("evil.example\"><script>"), fixture.agency) == "/public/thapkhlo/complaints")
        }
    }

    @Test func everyPublicPageLinksToTheChannelAndLoadsNothingFromElsewhere() async throws {
        try await ComplaintFixture.run { fixture in
            for path in ["", "/new", "/follow-up", "/statistics", "/poster"] {
                let page = try await fixture.reporter().get("\(fixture.base)\(path)")
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains("class=\"complaint-channel\""), "\(path) links to the channel")
                #expect(page.headers[.cacheControl] == "no-store", "\(path)")
                #expect(page.text.contains("/lang/en?next="), "\(path) offers English")
                #expect(page.text.firstMatch(of: /(src|href)="(https?:)?\/\//) == nil, "\(path) loads nothing from another site")
            }
            let english = Browser(client: fixture.client)
            try await english.get("/lang/en?next=/public/thapkhlo/complaints/new")
            #expect(try await english.get("\(fixture.base)/new").text.contains("File a complaint or a tip-off"))
        }
    }
}

import Complaints
import Foundation
import Testing
@testable import WebApp

/// The complaint channel feeds the OIT disclosure: its link fills the channel item, its protected
/// figures fill the statistics item, and the public transparency page shows the statistics section.
@Suite struct ComplaintDisclosureTests {
    @Test func anOpenChannelFillsItsTwoItemsAndThePublicPageShowsItsStatistics() async throws {
        // 15 January 2023: inside fiscal year 2566, whose criteria and example plan exist.
        try await ComplaintFixture.run(clock: TestClock(Date(timeIntervalSince1970: 1_673_740_800))) { fixture in
            for number in 0..<4 { try await fixture.file(fixture.reporter(), details: "บริการล่าช้า \(number)", category: "service") }
            let year = ThaiDateNow.fiscalYear(fixture.clock.now)
            #expect(year == 2566)
            let criteria = try fixture.environment.catalog.criteria(for: year)
            let data = try await DisclosureYearData.load(agency: fixture.agency, year: year, criteria: criteria, fixture.environment)

            let channelItem = try #require(criteria.items.first { $0.textTH.hasPrefix("ช่องทางแจ้งเรื่องร้องเรียน") })
            let channel = try #require(data.record(channelItem))
            #expect(channel.links.contains { $0.url.hasSuffix("/public/thapkhlo/complaints/new") })
            #expect(channel.components.contains { $0.componentID == channelItem.components[0].id })

            let statisticsItem = try #require(criteria.items.first { $0.textTH.hasPrefix("ข้อมูลเชิงสถิติเรื่องร้องเรียน") })
            let statistics = try #require(data.record(statisticsItem))
            #expect(statistics.links.contains { $0.url.contains("/public/thapkhlo/complaints/statistics?year=\(year)") })
            let evidence = statistics.components.map(\.evidence).joined(separator: " | ")
            #expect(evidence.contains("ทั้งหมด 4 เรื่อง"), "\(evidence)")
            #expect(statistics.components.count == statisticsItem.components.count)

            let page = try await fixture.reporter().get("/public/thapkhlo/ita/\(year)")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"complaints\""))
            #expect(page.text.contains("href=\"#complaints\""))
            #expect(!page.text.contains("บริการล่าช้า"))
        }
    }
}

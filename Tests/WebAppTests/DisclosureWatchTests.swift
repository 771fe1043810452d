import Bootstrap
import Criteria
import Disclosure
import Foundation
import Hummingbird
import HummingbirdTesting
import LinkChecking
import Logging
import Testing
import ThaiText
@testable import WebApp
import Workbench

/// The watch job, against the real server listening on 127.0.0.1: during the review window it opens
/// the public page and the links on the main domain and records each answer; outside it, nothing.
@Suite struct DisclosureWatchTests {
    @Test func duringTheReviewWindowThePageAndItsLinksAreRecorded() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let built = try await ProngsaiServer.buildApplication(configuration: TestServer.configuration(directory))
        let repositories = built.repositories
        try await built.application.test(.live) { client in
            let site = "http://127.0.0.1:\(client.port!)"
            let agency = try #require(try await repositories.agencies.fetchAgency(slug: "thapkhlo"))
            // A day in the review season of ITA 2566 (15 May 2023), whatever the machine's date.
            let now = Date(timeIntervalSince1970: 1_684_108_800)
            let today = ThaiDate(now)
            let actor = Actor.system(at: now)
            func environment() throws -> WebEnvironment {
                WebEnvironment(repositories: repositories, catalog: try CriteriaCatalog.shared.get(), now: { now })
            }
            let year = 2566
            var settings = DisclosureSettings(
                agencyID: agency.id, mainWebsite: site, reviewStart: ThaiDate(year: year, month: .july, day: 1),
                reviewEnd: ThaiDate(year: year, month: .july, day: 31), updatedAt: Date(), updatedBy: "test")
            try await repositories.disclosures.saveDisclosureSettings(settings, actor: actor)
            try await repositories.disclosures.saveDisclosureRecord(DisclosureRecord(
                agencyID: agency.id, fiscalYear: year, itemCode: "O1",
                links: [DisclosureLink(url: "\(site)/public/thapkhlo/ita/\(year)"), DisclosureLink(url: "\(site)/gone")],
                updatedAt: Date(), updatedBy: "test"), actor: actor)
            var policy = LinkCheckPolicy(timeout: 30, maxRequests: 20, concurrency: 2)
            policy.allowLoopbackForTests = true
            let watch = DisclosureWatch(environment: try environment(), configuration: .init(interval: .seconds(60), policy: policy), logger: Logger(label: "test"))
            #expect(try await watch.runOnce() == 0, "outside the window nothing is fetched")

            settings.reviewStart = today
            settings.reviewEnd = today
            try await repositories.disclosures.saveDisclosureSettings(settings, actor: actor)
            let recorded = try await watch.runOnce()
            let log = try await repositories.disclosures.fetchWatchLog(agency: agency.id, year: year, limit: 10)
            #expect(recorded == log.count)
            let byURL = Dictionary(log.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
            #expect(byURL["\(site)/public/thapkhlo/ita/\(year)"]?.ok == true, "\(log)")
            #expect(byURL["\(site)/public/thapkhlo/ita/\(year)"]?.status == 200)
            #expect(byURL["\(site)/gone"]?.ok == false)
            #expect(byURL["\(site)/gone"]?.status == 404)
        }
    }
}

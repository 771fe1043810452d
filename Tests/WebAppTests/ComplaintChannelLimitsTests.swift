import Bootstrap
import Complaints
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
@testable import WebApp
import Workbench

/// What the request log and `/metrics` can tell about reporters, and the limits on anonymous work:
/// receipt and password guesses reserved before the slow hash, and filing per agency and in total.
@Suite struct ComplaintChannelLimitsTests {
    /// Lines as `prongsai serve` writes them (`JSONLogHandler`), kept in memory.
    final class JSONLines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }

        func logger() -> Logger {
            Logger(label: "prongsai-test") { label in
                JSONLogHandler(label: label, level: .trace, write: { data in
                    self.lines.withLock { $0.append(String(decoding: data, as: UTF8.self)) }
                })
            }
        }
    }

    static func configuration(_ change: (inout ServerConfiguration) -> Void) -> ServerConfiguration {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-limits-\(UUID().uuidString)")
        var configuration = TestServer.configuration(directory)
        change(&configuration)
        return configuration
    }

    @Test func theLogOfAFilingKeepsNoTimeOfDay() async throws {
        let lines = JSONLines()
        try await ComplaintFixture.run(logger: lines.logger()) { fixture in
            let before = lines.all.count
            let reporter = fixture.reporter()
            let receipt = try ComplaintFixture.receipt(try await fixture.file(reporter).text)
            _ = try await fixture.followUp(reporter, receipt: receipt)
            _ = try await fixture.followUp(fixture.reporter(), receipt: "0000 0000 0000 0001")
            let during = lines.all.dropFirst(before)
            for line in during {
                #expect(line.firstMatch(of: /\d\d:\d\d/) == nil, "a time of day in the log: \(line)")
            }
        }
    }

    @Test func metricsNeedATokenAndLeaveOutTheComplaintRoutes() async throws {
        try await ComplaintFixture.run { fixture in
            let hidden = try await fixture.reporter().get("/metrics")
            #expect(hidden.status == .notFound, "no token configured: no /metrics")
        }
        let token = "metrics-\(UUID().uuidString)"
        try await ComplaintFixture.run(configuration: Self.configuration { $0.metricsToken = token }) { fixture in
            let browser = fixture.reporter()
            #expect(try await browser.get("/metrics").status == .unauthorized)
            #expect(try await browser.get("/metrics", headers: [.authorization: "Bearer wrong"]).status == .unauthorized)
            func counters() async throws -> [String: Int] {
                let answer = try await browser.get("/metrics", headers: [.authorization: "Bearer \(token)"])
                #expect(answer.status == .ok)
                var counts: [String: Int] = [:]
                for match in answer.text.matches(of: /prongsai_http_requests_total\{method="(\w+)",status="(\w+)"\} (\d+)/) {
                    counts["\(match.1) \(match.2)"] = Int(match.3)
                }
                return counts
            }
            let before = try await counters()
            let exposition = try await browser.get("/metrics", headers: [.authorization: "Bearer \(token)"]).text
            #expect(exposition.contains("prongsai_http_request_duration_seconds_bucket"))
            let reporter = fixture.reporter()
            let receipt = try ComplaintFixture.receipt(try await fixture.file(reporter).text)
            _ = try await fixture.followUp(reporter, receipt: receipt)
            let after = try await counters()
            #expect(after["POST 2xx"] == before["POST 2xx"], "a filing shows in /metrics: \(before) → \(after)")
            #expect(after["GET 2xx"] == (before["GET 2xx"] ?? 0) + 2, "only the two /metrics calls were counted: \(before) → \(after)")
        }
    }

    @Test func fortyConcurrentWrongReceiptsRunTheKDFAtMostTenTimes() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            let limit = ReceiptGuessThrottle().maximumFailures
            // Through the app: each 404 is a receipt that was stretched and looked up.
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for guess in 1...40 {
                    group.addTask { try await fixture.followUp(fixture.reporter(), receipt: String(format: "1000 0000 0000 %04d", guess)).status }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .notFound }.count <= limit, "evaluated: \(statuses.filter { $0 == .notFound }.count)")
            #expect(statuses.allSatisfy { $0 == .notFound || $0 == .tooManyRequests })

            // The same path called directly, counting the tries the limiter let through to the KDF.
            let services = ComplaintServices(environment: fixture.environment)
            let followUp = ReporterFollowUp(services: services)
            await withTaskGroup(of: Void.self) { group in
                for guess in 1...40 {
                    group.addTask { _ = try? await followUp.open(receipt: String(format: "2000 0000 0000 %04d", guess), agency: fixture.agency) }
                }
            }
            #expect(services.guesses.grantedTries <= limit, "KDF runs: \(services.guesses.grantedTries)")
        }
    }

    @Test func fortyConcurrentWrongPasswordsAreHashedAtMostTenTimes() async throws {
        try await ComplaintFixture.run { fixture in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for guess in 1...40 {
                    group.addTask {
                        try await APIClient.post(fixture.client, "/api/v1/session", ["username": "officer.one", "password": "wrong-\(guess)"]).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count <= 10, "evaluated: \(statuses.filter { $0 == .unauthorized }.count)")
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .tooManyRequests })
        }
    }

    @Test func filingIsLimitedPerAgencyWith429AndRetryAfter() async throws {
        try await ComplaintFixture.run(configuration: Self.configuration { $0.filingLimit = (2, 100) }) { fixture in
            #expect(try await fixture.file(fixture.reporter()).status == .ok)
            #expect(try await fixture.file(fixture.reporter()).status == .ok)
            let refused = try await fixture.file(fixture.reporter())
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(refused.text.contains("กรุณาลองส่งอีกครั้ง") && refused.text.contains("Please send yours again"))
            #expect(try await fixture.caseIDs().count == 2)
            fixture.clock.advance(by: 3600)
            #expect(try await fixture.file(fixture.reporter()).status == .ok, "the next hour takes reports again")
        }
    }

    @Test func filingIsLimitedInTotal() async throws {
        try await ComplaintFixture.run(configuration: Self.configuration { $0.filingLimit = (100, 1) }) { fixture in
            let first = try await fixture.file(fixture.reporter())
            let second = try await fixture.file(fixture.reporter())
            #expect(first.status == .ok && second.status == .tooManyRequests)
        }
    }

    @Test func aRightReceiptGivesBackItsTryButNotOthersGuesses() {
        let throttle = ReceiptGuessThrottle()
        let agency = Identifier<AgencyRecord>(UUID())
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        for _ in 0..<9 {
            #expect(throttle.reserve(agency, at: now) == nil)
            throttle.recordFailure(agency, at: now)
        }
        #expect(throttle.reserve(agency, at: now) == nil)
        throttle.release(agency)
        #expect(throttle.reserve(agency, at: now) == nil, "the right receipt's try was given back")
        #expect(throttle.reserve(agency, at: now) != nil, "nine failures and one try in flight fill the limit")
    }
}

import Bootstrap
import Criteria
import Documents
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Workbench
@testable import WebApp

/// Heavy work is bounded (a few at once, a short queue, then 503) and public PDFs are made once per
/// change of their content, however many anonymous readers ask at once.
@Suite struct HeavyWorkTests {
    @Test func pastTheQueueTheLimiterRefusesAtOnce() async throws {
        let limiter = HeavyWorkLimiter(concurrency: 1, queueLimit: 1, retryAfterSeconds: 7)
        let (gate, open) = AsyncStream<Void>.makeStream()
        let first = Task {
            try await limiter.run { () async -> Int in
                for await _ in gate { break }
                return 1
            }
        }
        try await Self.waitUntil { limiter.load.running == 1 }
        let second = Task { try await limiter.run { 2 } }
        try await Self.waitUntil { limiter.load.waiting == 1 }
        await #expect(throws: HeavyWorkBusy.self) { try await limiter.run { 3 } }
        open.yield()
        open.finish()
        #expect(try await first.value == 1)
        #expect(try await second.value == 2)
        #expect(limiter.load.running == 0 && limiter.load.waiting == 0)
        #expect(try await limiter.run { 4 } == 4, "the slot is free again")
    }

    @Test func aWaiterThatGivesUpLeavesTheQueue() async throws {
        let limiter = HeavyWorkLimiter(concurrency: 1, queueLimit: 1)
        let (gate, open) = AsyncStream<Void>.makeStream()
        let first = Task { try await limiter.run { () async -> Int in for await _ in gate { break }; return 1 } }
        try await Self.waitUntil { limiter.load.running == 1 }
        let waiting = Task { try await limiter.run { 2 } }
        try await Self.waitUntil { limiter.load.waiting == 1 }
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        #expect(limiter.load.waiting == 0)
        open.finish()
        _ = try await first.value
    }

    @Test func theRefusalIs503WithRetryAfterInThaiAndEnglish() async throws {
        let router = Router()
        router.get("/busy") { _, _ -> Response in throw HeavyWorkBusy(retryAfterSeconds: 7) }
        try await Application(router: router).test(.router) { client in
            let response = try await client.execute(uri: "/busy", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "7")
            let text = String(buffer: response.body)
            #expect(text.contains("กรุณาลองใหม่") && text.contains("try again"))
        }
    }

    /// Eight anonymous readers ask for the same public O42 PDF at once: one render. A change to the
    /// plan makes one more. The "Chromium" here is a script that counts its runs and writes a PDF.
    @Test func publicPDFsAreRenderedOncePerContent() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let counter = directory.appendingPathComponent("renders.txt")
        let script = directory.appendingPathComponent("fake-chromium")
        try """
            #!/bin/sh
            for argument in "$@"; do case "$argument" in --print-to-pdf=*) out="${argument#--print-to-pdf=}";; esac; done
            echo run >> '\(counter.path)'
            sleep 0.3
            printf '%%PDF-1.4 fake\\n' > "$out"
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        @Sendable func renders() -> Int {
            ((try? String(contentsOf: counter, encoding: .utf8)) ?? "").split(separator: "\n").count
        }

        let built = try await ProngsaiServer.buildApplication(configuration: TestServer.configuration(directory.appendingPathComponent("data")))
        let environment = WebEnvironment(repositories: built.repositories, catalog: try CriteriaCatalog.shared.get())
        let router = Router(context: AppRequestContext.self)
        let renderer = PDFRenderer(tools: .init(chromium: script, libreOffice: nil), timeout: .seconds(30))
        PublicRoutes(environment: environment, renderer: renderer).register(on: RouteTable(router: router))
        let path = "/public/thapkhlo/ita/2566/documents/o42.pdf"
        try await Application(router: router).test(.router) { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<8 { group.addTask { try await client.execute(uri: path, method: .get).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .ok }, "\(statuses)")
            #expect(try await client.execute(uri: path, method: .get).status == .ok)
            #expect(renders() == 1, "one render for nine requests of the same content")

            let agency = try #require(try await built.repositories.agencies.fetchAgency(slug: "thapkhlo"))
            var measure = try #require(try await built.repositories.plans.fetchPlan(agency: agency.id, year: 2566)?.measures.first)
            measure.measure.title += " (ปรับปรุง)"
            try await built.repositories.plans.updateMeasure(measure, actor: .system(at: Date()))
            #expect(try await client.execute(uri: path, method: .get).status == .ok)
            #expect(renders() == 2, "a change of content makes a new PDF")
        }
    }

    static func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(10)) }
        #expect(condition())
    }
}

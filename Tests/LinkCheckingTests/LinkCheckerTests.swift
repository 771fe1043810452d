import Disclosure
import Foundation
import Hummingbird
import HummingbirdTesting
import LinkChecking
import Testing

/// The link checker against a small web server of its own on 127.0.0.1; never the internet.
@Suite struct LinkCheckerTests {
    /// Pages a small agency website might have, good and bad.
    static func site() -> some ApplicationProtocol {
        let router = Router()
        router.get("/ok") { _, _ in "สวัสดี" }
        router.head("/ok") { _, _ in Response(status: .ok) }
        router.get("/moved") { _, _ in Response(status: .movedPermanently, headers: [.location: "/ok"]) }
        router.head("/moved") { _, _ in Response(status: .movedPermanently, headers: [.location: "/ok"]) }
        router.head("/away") { _, _ in Response(status: .found, headers: [.location: "https://drive.example.org/file"]) }
        router.head("/loop") { _, _ in Response(status: .found, headers: [.location: "/loop"]) }
        // Answers GET but refuses HEAD, as some CMSs do.
        router.head("/no-head") { _, _ in Response(status: .methodNotAllowed) }
        router.get("/no-head") { _, _ in "ข้อมูล" }
        router.get("/slow") { _, _ in
            try await Task.sleep(for: .seconds(8))
            return "late"
        }
        router.head("/slow") { _, _ in
            try await Task.sleep(for: .seconds(8))
            return Response(status: .ok)
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    /// The site above runs on 127.0.0.1, which only a test may reach, and only by saying so.
    static func local(_ policy: LinkCheckPolicy) -> LinkCheckPolicy {
        var policy = policy
        policy.allowLoopbackForTests = true
        return policy
    }

    static func run(_ body: @Sendable @escaping (String, MainDomain) async throws -> Void) async throws {
        try await site().test(.live) { client in
            let base = "http://127.0.0.1:\(client.port!)"
            try await body(base, MainDomain(website: base)!)
        }
    }

    @Test func eachKindOfAnswerIsReported() async throws {
        try await Self.run { base, domain in
            let checker = LinkChecker(policy: Self.local(LinkCheckPolicy(timeout: 3, maxRequests: 50, concurrency: 3, maxRedirects: 2)))
            let urls = ["/ok", "/missing", "/moved", "/away", "/loop", "/no-head", "/slow"].map { base + $0 }
            let statuses = await checker.check(urls + ["https://www.example.org/elsewhere"], domain: domain)
            let byPath = Dictionary(uniqueKeysWithValues: statuses.map { ($0.url.replacingOccurrences(of: base, with: ""), $0) })
            #expect(statuses.count == urls.count, "the off-domain URL is not fetched")
            #expect(byPath["/ok"]?.outcome == .answered(status: 200))
            #expect(byPath["/missing"]?.outcome == .answered(status: 404))
            #expect(byPath["/moved"]?.outcome == .answered(status: 200))
            #expect(byPath["/away"]?.outcome == .redirectedOffDomain(location: "https://drive.example.org/file"))
            #expect(byPath["/loop"]?.isAlive == false)
            #expect(byPath["/no-head"]?.outcome == .answered(status: 200))
            #expect(byPath["/slow"]?.isAlive == false)
            #expect(byPath["/slow"]?.summary.contains("timed out") == true)
        }
    }

    @Test func aServerThatIsNotListeningDoesNotAnswer() async throws {
        let port = try Self.closedPort()
        let base = "http://127.0.0.1:\(port)"
        let statuses = await LinkChecker(policy: Self.local(LinkCheckPolicy(timeout: 2))).check([base + "/o1"], domain: MainDomain(website: base)!)
        #expect(statuses.count == 1)
        #expect(statuses.first?.isAlive == false)
        if case .failed? = statuses.first?.outcome {} else { Issue.record("expected a failure, got \(String(describing: statuses.first))") }
    }

    @Test func theRequestBudgetIsKept() async throws {
        try await Self.run { base, domain in
            let checker = LinkChecker(policy: Self.local(LinkCheckPolicy(timeout: 2, maxRequests: 3, concurrency: 1)))
            let urls = (1...6).map { "\(base)/ok?n=\($0)" }
            let statuses = await checker.check(urls, domain: domain)
            #expect(statuses.map(\.url) == Array(urls.prefix(3)))
        }
    }

    /// A port nothing listens on: bound, read, and closed again.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

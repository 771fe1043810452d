import Bootstrap
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Synchronization
import Testing
import Workbench
@testable import WebApp

/// The edges of signing in: the language switch's redirect, login CSRF, the password page's guess
/// limit, long Thai passwords, equal time for unknown usernames, and slow headers.
@Suite struct SignInHardeningTests {
    @Test(arguments: [
        "/%5Cevil.example", "/\\evil.example", "//evil.example", "/%2Fevil.example", "/\tevil.example", "/%09/evil.example",
        "/%255Cevil.example", "https://evil.example/", "/ /evil.example", "/%0d%0aSet-Cookie:x=1", "evil.example", "",
    ])
    func theLanguageSwitchRedirectsOnlyWithinTheSite(next: String) async throws {
        try await TestServer.run { _, browser in
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            let encoded = next.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            let response = try await browser.get("/lang/en?next=\(encoded)")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/", "next=\(next.debugDescription) → \(response.headers[.location] ?? "nil")")
        }
    }

    @Test func theLanguageSwitchKeepsAPathOfTheSite() async throws {
        try await TestServer.run { _, browser in
            let response = try await browser.get("/lang/en?next=%2Fa%2Fthapkhlo%3Fyear%3D2566")
            #expect(response.headers[.location] == "/a/thapkhlo?year=2566")
        }
    }

    @Test func theSignInFormRefusesAPostWithoutItsPreSessionToken() async throws {
        try await TestServer.run { server, browser in
            // What another site's form can send: the right credentials, no token, no cookie.
            let forged = try await browser.post("/login", form: [("username", "admin"), ("password", server.administratorPassword)])
            #expect(forged.status == .badRequest)
            #expect(browser.cookies["prongsai_session"] == nil, "no session was started")

            // The refusal gave this browser the form's token; a fresh browser gets it from the form.
            let form = try await Browser(client: browser.client).get("/login")
            try await browser.get("/login")
            let cookie = form.headers[values: .setCookie].first { $0.hasPrefix("prongsai_login=") } ?? ""
            #expect(cookie.lowercased().contains("samesite=strict") && cookie.lowercased().contains("httponly"), "\(cookie)")
            let token = try #require(browser.lastCSRF)
            // The token alone, without the cookie (as from another site, where the cookie is not sent).
            let elsewhere = Browser(client: browser.client)
            let refused = try await elsewhere.post(
                "/login", form: [("username", "admin"), ("password", server.administratorPassword)], csrf: token)
            #expect(refused.status == .badRequest && elsewhere.cookies["prongsai_session"] == nil)

            let signedIn = try await browser.post("/login", form: [("username", "admin"), ("password", server.administratorPassword)])
            #expect(signedIn.status == .seeOther && browser.cookies["prongsai_session"] != nil)
            let cleared = signedIn.headers[values: .setCookie].first { $0.hasPrefix("prongsai_login=") } ?? ""
            #expect(cleared.contains("Max-Age=0"), "the pre-session cookie is cleared: \(cleared)")
        }
    }

    @Test func thePasswordPageLimitsGuessesOfTheCurrentPassword() async throws {
        try await TestServer.run { server, browser in
            let password = "ทับคล้อ-2566-รหัสใหม่"
            try await browser.signIn("admin", server.administratorPassword, newPassword: password)
            try await browser.get("/password")
            for attempt in 1...10 {
                let wrong = try await browser.post("/password", form: [("current", "guess-\(attempt)"), ("new", "x-new-pass-2566"), ("repeat", "x-new-pass-2566")])
                #expect(wrong.status == .badRequest)
            }
            let locked = try await browser.post("/password", form: [("current", password), ("new", "another-pass-2566"), ("repeat", "another-pass-2566")])
            #expect(locked.status == .tooManyRequests, "the right password is refused while locked")
            #expect(locked.text.contains("กรุณารอ"))
        }
    }

    @Test func longThaiPasswordsCountEveryLetter() async throws {
        let hasher = PasswordHasher(cost: 4)
        // 30 Thai letters are 90 bytes: bcrypt alone would read only the first 24.
        let password = String(repeating: "ก", count: 30)
        let hash = try await hasher.hash(password)
        #expect(try await hasher.verify(password, hash: hash))
        #expect(try await !hasher.verify(String(repeating: "ก", count: 29) + "ข", hash: hash))
        #expect(try await !hasher.verify(String(repeating: "ก", count: 24), hash: hash))
        // The same letters composed differently (NFC and NFD) are the same password.
        let composed = "café-รหัสผ่าน-ยาว", decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(try await hasher.verify(decomposed, hash: try await hasher.hash(composed)))
    }

    @Test func hashesStoredBeforePreHashingStillSignInAndAreUpgraded() async throws {
        try await TestServer.run { server, browser in
            let password = "รหัสผ่านเดิม-2565"
            let agency = try #require(try await server.repositories.agencies.fetchAgency(slug: "thapkhlo"))
            let user = UserAccount(
                id: Identifier(UUID()), username: "legacy", displayName: "บัญชีเดิม", role: .viewer, agencyID: agency.id,
                divisionName: nil, passwordHash: Bcrypt.hash(password, cost: 4), mustChangePassword: false,
                active: true, createdAt: Date())
            try await server.repositories.users.insertUser(user, actor: .system(at: Date()))
            try await browser.signIn("legacy", password)
            #expect(browser.cookies["prongsai_session"] != nil)
            let stored = try #require(try await server.repositories.users.fetchUser(username: "legacy"))
            #expect(stored.passwordHash.hasPrefix("sha256:"), "upgraded on sign-in")
            try await Browser(client: browser.client).signIn("legacy", password)
        }
    }

    /// Unknown usernames cost a bcrypt verification too (a dummy hash of the same cost), so they take
    /// about as long as a wrong password. bcrypt cost 10 makes the hash dominate the request; the
    /// bound is generous: the unknown username's best of 3 is at least 30% of the known one's.
    @Test func unknownUsernamesTakeAsLongAsWrongPasswords() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = TestServer.configuration(directory)
        configuration.bcryptCost = 10
        let built = try await ProngsaiServer.buildApplication(configuration: configuration)
        try await built.application.test(.router) { client in
            func best(_ username: String) async throws -> Duration {
                var times: [Duration] = []
                for _ in 0..<3 {
                    let browser = Browser(client: client)
                    try await browser.get("/login")
                    let clock = ContinuousClock()
                    let start = clock.now
                    let response = try await browser.post("/login", form: [("username", username), ("password", "not-the-password")])
                    times.append(clock.now - start)
                    #expect(response.status == .unauthorized)
                }
                return times.min()!
            }
            let dummiesBefore = PasswordHasher.dummyVerifications.load(ordering: .relaxed)
            let known = try await best("admin")
            let unknown = try await best("nobody-here")
            #expect(PasswordHasher.dummyVerifications.load(ordering: .relaxed) >= dummiesBefore + 3)
            #expect(unknown >= known * 0.3, "unknown \(unknown) against known \(known)")
        }
    }

    /// A client that sends part of its headers and then nothing is cut off after the read timeout
    /// (10 s), not kept for minutes. The bound here is generous: closed within 30 s.
    @Test func aConnectionWithUnfinishedHeadersIsClosed() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let built = try await ProngsaiServer.buildApplication(configuration: TestServer.configuration(directory))
        try await built.application.test(.live) { client in
            let port = try #require(client.port)
            let closed = await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: Self.sendsHalfAHeaderAndWaits(port: port, seconds: 30)) }
            }
            #expect(closed, "the server kept a connection with unfinished headers open for 30 s")
        }
    }

    /// True when the server closed the connection within `seconds`.
    static func sendsHalfAHeaderAndWaits(port: Int, seconds: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return false }
        let partial = Array("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1".utf8)
        _ = partial.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 512)
        let received = recv(fd, &buffer, buffer.count, 0)
        // 0 is an orderly close; a reset is a close too. -1 with EAGAIN means the wait ran out.
        return received == 0 || (received < 0 && errno == ECONNRESET)
    }
}

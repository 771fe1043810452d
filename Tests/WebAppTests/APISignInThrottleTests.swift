import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// After 10 failed sign-ins within 15 minutes, a username is refused with 429 for 15 minutes.
@Suite struct APISignInThrottleTests {
    @Test func tenFailuresLockTheUsernameForFifteenMinutesEvenWithTheRightPassword() async throws {
        let clock = TestClock()
        try await RoleMatrixFixture.run(now: clock.reading) { fixture in
            let right = ["username": "m-viewer", "password": RoleMatrixFixture.password]
            let wrong = ["username": "m-viewer", "password": "a-wrong-guess"]
            for _ in 1...10 {
                #expect(try await APIClient.post(fixture.client, "/api/v1/session", wrong).status == .unauthorized)
            }
            let locked = try await APIClient.post(fixture.client, "/api/v1/session", right)
            #expect(locked.status == .tooManyRequests)
            #expect(try JSONAnswer(locked)["field"] as? String == "username")
            #expect(Int(locked.headers[.retryAfter] ?? "") ?? 0 > 800)
            // Other usernames are not held up.
            #expect(try await APIClient.post(fixture.client, "/api/v1/session", ["username": "m-coordinator", "password": RoleMatrixFixture.password]).status == .ok)
            clock.advance(by: 14 * 60)
            #expect(try await APIClient.post(fixture.client, "/api/v1/session", right).status == .tooManyRequests)
            clock.advance(by: 61)
            #expect(try await APIClient.post(fixture.client, "/api/v1/session", right).status == .ok)
        }
    }

    @Test func failuresOutsideTheWindowDoNotCount() {
        let throttle = SignInThrottle()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        for _ in 0..<9 { throttle.recordFailure("somchai", at: start) }
        // Sixteen minutes on, those nine are outside the window: this is the first that counts.
        throttle.recordFailure("somchai", at: start.addingTimeInterval(16 * 60))
        #expect(throttle.lockedUntil("somchai", at: start.addingTimeInterval(16 * 60)) == nil)
        for _ in 0..<8 { throttle.recordFailure("SomChai ", at: start.addingTimeInterval(17 * 60)) }
        #expect(throttle.lockedUntil("somchai", at: start.addingTimeInterval(17 * 60)) == nil, "nine in the window")
        throttle.recordFailure("somchai", at: start.addingTimeInterval(18 * 60))
        #expect(throttle.lockedUntil("somchai", at: start.addingTimeInterval(18 * 60)) == start.addingTimeInterval(33 * 60))
        #expect(throws: WebError.self) { try throttle.check("SOMCHAI", at: start.addingTimeInterval(20 * 60)) }
    }

    @Test func aSuccessClearsTheCount() {
        let throttle = SignInThrottle()
        let now = Date()
        for _ in 0..<9 { throttle.recordFailure("malee", at: now) }
        throttle.recordSuccess("malee")
        throttle.recordFailure("malee", at: now)
        #expect(throttle.lockedUntil("malee", at: now) == nil)
    }

    @Test func manyNamesCannotFillTheMemoryNorLiftALockout() {
        let throttle = SignInThrottle(capacity: 50)
        let now = Date()
        for _ in 0..<10 { throttle.recordFailure("target", at: now) }
        for index in 0..<500 { throttle.recordFailure("spray\(index)", at: now.addingTimeInterval(1)) }
        #expect(throttle.count <= 50)
        #expect(throttle.lockedUntil("target", at: now.addingTimeInterval(2)) != nil)
    }

    /// Enable once `LoginRoutes` consults the shared throttle (see the wiring in SignInThrottle.swift).
    @Test
    func theSignInPageIsThrottledToo() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            for _ in 1...10 {
                #expect(try await browser.submitLogin("m-viewer", "guess").status == .unauthorized)
            }
            let locked = try await browser.submitLogin("m-viewer", RoleMatrixFixture.password)
            #expect(locked.status == .tooManyRequests)
            // The page and the API share the count.
            let api = try await APIClient.post(fixture.client, "/api/v1/session", ["username": "m-viewer", "password": RoleMatrixFixture.password])
            #expect(api.status == .tooManyRequests)
        }
    }
}

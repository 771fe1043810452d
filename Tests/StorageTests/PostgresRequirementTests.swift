import Foundation
import Testing

/// CI sets PRONGSAI_REQUIRE_TOOLS=1: there a missing server must fail the run, not skip the PostgreSQL tests.
@Suite struct PostgresRequirementTests {
    @Test func aServerIsConfiguredWhenToolsAreRequired() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["PRONGSAI_REQUIRE_TOOLS"] == "1" else { return }
        #expect(
            PostgresTestServer.url != nil,
            "PRONGSAI_REQUIRE_TOOLS=1 but PRONGSAI_TEST_POSTGRES_URL is not set, so the PostgreSQL adapter went untested")
    }
}

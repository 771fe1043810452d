import Disclosure
import Foundation
import LinkChecking
import Testing

/// The link checker never reaches the server's own network: loopback, link-local, private, shared,
/// unspecified and multicast addresses are refused, as literals and as names that resolve to them.
@Suite struct AddressGuardTests {
    @Test(arguments: [
        "127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "100.127.255.254", "224.0.0.1", "255.255.255.255",
        "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe",
    ])
    func internalAddressesAreRefused(literal: String) throws {
        let address = try #require(AddressGuard.Address(literal: literal))
        #expect(AddressGuard.refusal(address) != nil, "\(literal) must be refused")
    }

    @Test(arguments: ["1.1.1.1", "203.113.0.10", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])
    func publicAddressesPass(literal: String) throws {
        let address = try #require(AddressGuard.Address(literal: literal))
        #expect(AddressGuard.refusal(address) == nil, "\(literal) is public")
    }

    @Test func namesAreJudgedByWhatTheyResolveTo() {
        // "localhost" is a name, not a literal: it is refused because it resolves to loopback.
        guard case .failure(.internalAddress(let address, _)) = AddressGuard.checkedAddress(for: "localhost", allowLoopback: false) else {
            Issue.record("localhost was not refused")
            return
        }
        #expect(AddressGuard.refusal(address) == "loopback address")
        if case .success = AddressGuard.checkedAddress(for: "[::1]", allowLoopback: false) { Issue.record("[::1] was not refused") }
    }

    @Test func theTestAllowanceOpensLoopbackOnly() {
        if case .failure = AddressGuard.checkedAddress(for: "127.0.0.1", allowLoopback: true) {
            Issue.record("the allowance should admit loopback")
        }
        guard case .failure(.internalAddress) = AddressGuard.checkedAddress(for: "169.254.169.254", allowLoopback: true) else {
            Issue.record("link-local must stay refused even for tests")
            return
        }
    }

    /// The checker's default refuses the fake website on 127.0.0.1 and reports why, without a request.
    @Test func theCheckerRefusesInternalWebsitesByDefault() async throws {
        try await LinkCheckerTests.site().test(.live) { client in
            let port = client.port!
            for base in ["http://127.0.0.1:\(port)", "http://localhost:\(port)", "http://[::1]:\(port)", "http://0.0.0.0:\(port)", "http://169.254.169.254"] {
                let domain = try #require(MainDomain(website: base))
                let statuses = await LinkChecker(policy: LinkCheckPolicy(timeout: 2)).check([base + "/ok"], domain: domain)
                #expect(statuses.count == 1)
                guard case .failed(let reason)? = statuses.first?.outcome else {
                    Issue.record("\(base) was fetched: \(String(describing: statuses.first))")
                    continue
                }
                #expect(reason.contains("refused"), "\(base): \(reason)")
                #expect(reason.contains("not a public website"), "\(base): \(reason)")
            }
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting

/// A tiny stand-in for an agency's website on 127.0.0.1, so link checks in tests never leave the machine:
/// `/ok` and `/ita/...` answer 200, anything else 404.
enum AgencyWebsite {
    static func run(_ body: @Sendable @escaping (String) async throws -> Void) async throws {
        let router = Router()
        router.get("/ok") { _, _ in "ข้อมูล" }
        router.head("/ok") { _, _ in Response(status: .ok) }
        router.get("/ita/**") { _, _ in "ข้อมูล ITA" }
        router.head("/ita/**") { _, _ in Response(status: .ok) }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)")
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import WebApp

/// Receipts: a wrong one is refused, guessing is stopped, and a locked page stays locked for the right
/// receipt too (else the limit would tell a guesser when they hit).
@Suite struct ComplaintReceiptTests {
    @Test func aWrongReceiptIsRefusedAndRepeatedGuessesGet429() async throws {
        try await ComplaintFixture.run { fixture in
            let reporter = fixture.reporter()
            let receipt = try ComplaintFixture.receipt(try await fixture.file(reporter).text)
            let wrong = try await fixture.followUp(fixture.reporter(), receipt: "0000 0000 0000 0001")
            #expect(wrong.status == .notFound)
            #expect(wrong.text.contains("ไม่พบเรื่อง") && !wrong.text.contains(ComplaintFixture.sentence))
            let malformed = try await fixture.followUp(fixture.reporter(), receipt: "12345")
            #expect(malformed.status == .badRequest, "a receipt that is not 16 digits is not a guess")
            let limit = ReceiptGuessThrottle().maximumFailures
            for guess in 2...limit {
                let answer = try await fixture.followUp(fixture.reporter(), receipt: String(format: "0000 0000 0000 %04d", guess))
                #expect(answer.status == .notFound, "guess \(guess)")
            }
            let locked = try await fixture.followUp(fixture.reporter(), receipt: "0000 0000 0000 9999")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers[.retryAfter] != nil)
            let right = try await fixture.followUp(fixture.reporter(), receipt: receipt)
            #expect(right.status == .tooManyRequests, "while locked, the right receipt is refused like any other")
            fixture.clock.advance(by: 16 * 60)
            let later = try await fixture.followUp(fixture.reporter(), receipt: receipt)
            #expect(later.status == .ok && later.text.contains(ComplaintFixture.sentence))
        }
    }

    @Test func aReceiptOpensOnlyItsOwnAgencysPage() async throws {
        try await ComplaintFixture.run { fixture in
            let receipt = try ComplaintFixture.receipt(try await fixture.file(fixture.reporter()).text)
            let elsewhere = try await fixture.reporter().get("/public/nowhere/complaints/follow-up")
            #expect(elsewhere.status == .notFound)
            #expect(try await fixture.followUp(fixture.reporter(), receipt: receipt).status == .ok)
        }
    }

    @Test func receiptsAreUniqueAndEachOpensItsOwnReport() async throws {
        try await ComplaintFixture.run { fixture in
            var receipts: [String: String] = [:]
            for number in 1...6 {
                let details = "เรื่องที่ \(number): \(UUID().uuidString)"
                receipts[try ComplaintFixture.receipt(try await fixture.file(fixture.reporter(), details: details).text)] = details
            }
            #expect(receipts.count == 6)
            for (receipt, details) in receipts {
                let opened = try await fixture.followUp(fixture.reporter(), receipt: receipt)
                #expect(opened.text.contains(details))
                #expect(receipts.values.filter { $0 != details }.allSatisfy { !opened.text.contains($0) })
            }
        }
    }
}

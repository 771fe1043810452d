import Criteria
import Foundation
import Scoring
import Testing

@Suite struct ConsistencyCheckTests {
    func finding(_ findings: [Finding], _ subject: String) throws -> Finding {
        try #require(findings.first { $0.subject == subject }, "no finding for \(subject)")
    }

    @Test func seedTableIsConsistentWithPresentationRounding() throws {
        let (card, findings) = ConsistencyCheck.check(Seed.published, criteria: Seed.criteria)
        #expect(card?.total == Seed.d("73.35"))
        #expect(!findings.contains { $0.isProblem }, "\(findings.filter(\.isProblem))")

        let iit = try finding(findings, "IIT score")
        #expect(iit.kind == .presentationRounding)
        #expect(iit.published == "99.80" && iit.recomputed == "99.79")
        #expect(iit.explanationEN.contains("29.94 ÷ 0.30 = 99.80"))

        #expect(try finding(findings, "EIT score").kind == .consistent)
        #expect(try finding(findings, "OIT score").kind == .presentationRounding)
        #expect(try finding(findings, "total").kind == .consistent)
        #expect(try finding(findings, "level").kind == .consistent)
        for code in ["IIT", "EIT", "OIT"] {
            #expect(try finding(findings, "\(code) weighted").kind == .consistent)
            #expect(try finding(findings, "\(code) weight").kind == .consistent)
        }
    }

    @Test func explainsTheUncommentedIndicator10Rejection() throws {
        let rejected = Seed.rejectedIndicator9.union(Seed.rejectedIndicator10Named)
        let (_, findings) = ConsistencyCheck.check(Seed.published, criteria: Seed.criteria, rejectedItems: rejected)
        let nine = try finding(findings, "indicator 9")
        #expect(nine.kind == .consistent)
        let ten = try finding(findings, "indicator 10")
        #expect(ten.kind == .uncommentedRejection)
        #expect(ten.published == "25.00" && ten.recomputed == "31.25")
        #expect(ten.explanationEN.contains("needs 1 more rejected item"))
        #expect(ten.explanationEN.contains("1 more in 10.1"))
        #expect(ten.explanationTH.contains("10.1 อีก 1 ข้อ"))
    }

    @Test func tableThatAddsRoundedPartsIsNotAnError() throws {
        // IIT 0.3 × 80.005 = 24.0015 → 24.00; EIT 0.3 × 70.005 = 21.0015 → 21.00; OIT 0.4 × 60.00625 → 24.00
        // Unrounded total 69.0055 → 69.01; the rounded parts add to 69.00.
        var published = PublishedResult(
            fiscalYear: 2565,
            indicators: [1: Seed.d("80.005"), 2: Seed.d("80.005"), 3: Seed.d("80.005"), 4: Seed.d("80.005"), 5: Seed.d("80.005"),
                         6: Seed.d("70.005"), 7: Seed.d("70.005"), 8: Seed.d("70.005"), 9: Seed.d("60.0125"), 10: 60])
        published.instruments = [
            PublishedInstrument(code: .iit, weighted: 24), PublishedInstrument(code: .eit, weighted: 21),
            PublishedInstrument(code: .oit, weighted: 24),
        ]
        published.total = 69
        let (card, findings) = ConsistencyCheck.check(published, criteria: Seed.criteria)
        #expect(card?.total == Seed.d("69.01"))
        let total = try finding(findings, "total")
        #expect(total.kind == .sumOfRoundedParts)
        #expect(total.recomputed == "69.01")

        published.total = Seed.d("69.01")
        let (_, again) = ConsistencyCheck.check(published, criteria: Seed.criteria)
        #expect(try finding(again, "total").kind == .consistent)
        #expect(try finding(again, "sum of weighted parts").kind == .sumOfRoundedParts)
    }

    @Test func realErrorsAreCalledErrors() throws {
        var published = Seed.published
        published.total = Seed.d("74.35")
        published.level = "B"
        published.instruments[1].weighted = Seed.d("23.75")
        let (_, findings) = ConsistencyCheck.check(published, criteria: Seed.criteria)
        #expect(try finding(findings, "total").kind == .error)
        #expect(try finding(findings, "level").kind == .error)
        #expect(try finding(findings, "EIT weighted").kind == .error)
        #expect(try finding(findings, "EIT weighted").recomputed == "23.57")
    }

    @Test func missingIndicatorIsAnErrorFinding() {
        var published = Seed.published
        published.indicators[5] = nil
        let (card, findings) = ConsistencyCheck.check(published, criteria: Seed.criteria)
        #expect(card == nil)
        #expect(findings.first?.subject == "indicator 5")
        #expect(findings.first?.kind == .error)
    }
}

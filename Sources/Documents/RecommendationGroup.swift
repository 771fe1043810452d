import Criteria
import Planning

/// The recommendations about one instrument's items.
public struct RecommendationGroup: Hashable, Sendable {
    /// "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"; "ข้อเสนอแนะอื่น" for items of no instrument.
    public var heading: String
    public var items: [Item]

    public struct Item: Hashable, Sendable {
        /// "ข้อ I7", "ข้อ E6 และ E7"; nil when the recommendation names no item.
        public var code: String?
        public var text: String
    }

    /// Groups in instrument order (IIT, EIT, OIT, then unplaced), keeping the plan's order inside each.
    static func groups(_ recommendations: [Recommendation], criteria: Criteria) -> [RecommendationGroup] {
        func instrument(of recommendation: Recommendation) -> InstrumentCode? {
            if let number = recommendation.indicator, let found = criteria.instrument(ofIndicator: number) {
                return found.code
            }
            let letter = recommendation.itemCode?.uppercased().first
            return InstrumentCode.allCases.first { $0.itemPrefix == letter }
        }
        let placed = recommendations.map { (instrument(of: $0), $0) }
        var groups: [RecommendationGroup] = []
        for code in InstrumentCode.allCases.map(Optional.some) + [nil] {
            let members = placed.filter { $0.0 == code }.map(\.1)
            guard !members.isEmpty else { continue }
            groups.append(RecommendationGroup(
                heading: code.map { MeasuresDocument.instrumentLabel($0, criteria: criteria) } ?? "ข้อเสนอแนะอื่น",
                items: merged(members)))
        }
        return groups
    }

    /// Neighbouring recommendations with the same text print once, as the assessor wrote them
    /// ("ข้อ E6 และ E7 …"). The repaired code is printed, not the broken one ("ข้อ I7", not "ข้อ 17").
    static func merged(_ recommendations: [Recommendation]) -> [Item] {
        var runs: [(codes: [String], printed: String?, text: String)] = []
        for recommendation in recommendations {
            if let last = runs.last, last.text == recommendation.text, let code = recommendation.itemCode, !last.codes.isEmpty {
                runs[runs.count - 1].codes.append(code)
            } else {
                runs.append((recommendation.itemCode.map { [$0] } ?? [], recommendation.printedCode, recommendation.text))
            }
        }
        return runs.map { run in Item(code: codeLabel(run.codes, printed: run.printed), text: run.text) }
    }

    static func codeLabel(_ codes: [String], printed: String?) -> String? {
        guard let first = codes.first else { return printed }
        guard codes.count > 1 else { return "ข้อ \(first)" }
        return "ข้อ " + codes.dropLast().joined(separator: ", ") + " และ " + codes.last!
    }
}

import Criteria

/// Indicators grouped by instrument (IIT, EIT, OIT) in the order the measures document uses.
struct AnalysisGrouping {
    var instrument: Instrument?
    var numbers: [Int]

    func title(_ t: Language) -> String {
        guard let instrument else { return t("ตัวชี้วัดอื่น", "Other indicators") }
        return "\(t(instrument.nameTH, instrument.nameEN)) (\(instrument.code.rawValue))"
    }

    /// One group per instrument of the criteria; indicators the criteria do not know come last.
    static func groups(numbers: [Int], criteria: Criteria?) -> [AnalysisGrouping] {
        guard let criteria else { return [AnalysisGrouping(instrument: nil, numbers: numbers.sorted())] }
        var groups = criteria.instruments.sorted { $0.code < $1.code }.map { instrument in
            AnalysisGrouping(instrument: instrument, numbers: instrument.indicators.sorted())
        }
        let known = Set(groups.flatMap(\.numbers))
        let others = numbers.filter { !known.contains($0) }.sorted()
        if !others.isEmpty { groups.append(AnalysisGrouping(instrument: nil, numbers: others)) }
        return groups
    }
}

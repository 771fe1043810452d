import Criteria
import Foundation

/// Reconciles printed OIT indicators with the items the assessor's comments name as rejected.
///
/// The comments need not name every rejected item. When the named ones do not reproduce the
/// printed score, it searches for the fewest extra rejections, per sub-indicator, that do.
struct OITReconciliation {
    let published: PublishedResult
    let rejected: Set<String>
    let criteria: Criteria

    func findings() -> [Finding] {
        let named = Set(rejected.map { $0.uppercased() })
        return criteria.indicators.filter { $0.instrument == .oit }.compactMap { indicator in
            guard let printed = published.indicators[indicator.number] else { return nil }
            return reconcile(indicator: indicator, printed: printed, named: named)
        }
    }

    private func reconcile(indicator: Indicator, printed: Decimal, named: Set<String>) -> Finding {
        let subs = indicator.subIndicators
        let namedCounts = subs.map { sub in sub.items.filter { named.contains($0.uppercased()) }.count }
        let namedCodes = subs.flatMap { $0.items.filter { named.contains($0.uppercased()) } }
        let fromNamed = score(subs: subs, rejectedCounts: namedCounts)
        let subject = "indicator \(indicator.number)"
        let shares = describe(subs: subs, rejectedCounts: namedCounts)
        if fromNamed.rounded() == printed {
            return Finding(
                kind: .consistent, subject: subject, published: format(printed), recomputed: format(fromNamed.rounded()),
                explanationTH: "ข้อที่ผู้ตรวจระบุว่าไม่ผ่าน \(namedCodes.count) ข้อ (\(namedCodes.joined(separator: ", "))) ให้ \(shares) = \(format(fromNamed.rounded())) ตรงกับที่ประกาศ",
                explanationEN: "the \(namedCodes.count) items the assessor names (\(namedCodes.joined(separator: ", "))) give \(shares) = \(format(fromNamed.rounded())), as printed")
        }
        let extras = fewestExtraRejections(subs: subs, namedCounts: namedCounts, printed: printed)
        guard !extras.isEmpty else {
            return Finding(
                kind: .error, subject: subject, published: format(printed), recomputed: format(fromNamed.rounded()),
                explanationTH: "ข้อที่ระบุว่าไม่ผ่านให้ \(format(fromNamed.rounded())) และไม่มีจำนวนข้อไม่ผ่านเพิ่มเติมใดให้ \(format(printed))",
                explanationEN: "the named items give \(format(fromNamed.rounded())), and no number of further rejections gives \(format(printed))")
        }
        let optionsTH = extras.map { describeExtra(subs: subs, extra: $0, thai: true) }.joined(separator: " หรือ ")
        let optionsEN = extras.map { describeExtra(subs: subs, extra: $0, thai: false) }.joined(separator: " or ")
        let total = extras[0].reduce(0, +)
        return Finding(
            kind: .uncommentedRejection, subject: subject, published: format(printed), recomputed: format(fromNamed.rounded()),
            explanationTH: "ข้อเสนอแนะระบุข้อที่ไม่ผ่าน \(namedCodes.count) ข้อ (\(namedCodes.joined(separator: ", "))) ซึ่งให้ \(shares) = \(format(fromNamed.rounded())); ค่าที่ประกาศ \(format(printed)) ต้องมีข้อไม่ผ่านเพิ่มอีก \(total) ข้อที่ไม่ได้ระบุ: \(optionsTH)",
            explanationEN: "the comments name \(namedCodes.count) rejected items (\(namedCodes.joined(separator: ", "))), giving \(shares) = \(format(fromNamed.rounded())); the printed \(format(printed)) needs \(total) more rejected item(s) the comments do not name: \(optionsEN)")
    }

    private func score(subs: [SubIndicator], rejectedCounts: [Int]) -> ExactScore {
        .mean(zip(subs, rejectedCounts).map { .percentage($0.items.count - $1, of: $0.items.count) })
    }

    /// Every smallest combination of extra rejections per sub-indicator that reproduces `printed`.
    private func fewestExtraRejections(subs: [SubIndicator], namedCounts: [Int], printed: Decimal) -> [[Int]] {
        var best: [[Int]] = []
        var bestTotal = Int.max
        var extra = Array(repeating: 0, count: subs.count)
        func visit(_ index: Int, _ used: Int) {
            if used > bestTotal { return }
            if index == subs.count {
                guard used > 0 else { return }
                let counts = zip(namedCounts, extra).map(+)
                if score(subs: subs, rejectedCounts: counts).rounded() == printed {
                    if used < bestTotal { best = []; bestTotal = used }
                    best.append(extra)
                }
                return
            }
            for count in 0...(subs[index].items.count - namedCounts[index]) {
                extra[index] = count
                visit(index + 1, used + count)
            }
            extra[index] = 0
        }
        visit(0, 0)
        return best
    }

    private func describe(subs: [SubIndicator], rejectedCounts: [Int]) -> String {
        "mean(" + zip(subs, rejectedCounts).map { sub, rejected in
            "\(sub.code): \(sub.items.count - rejected)/\(sub.items.count)"
        }.joined(separator: ", ") + ")"
    }

    private func describeExtra(subs: [SubIndicator], extra: [Int], thai: Bool) -> String {
        zip(subs, extra).filter { $0.1 > 0 }.map { sub, count in
            thai ? "\(sub.code) อีก \(count) ข้อ" : "\(count) more in \(sub.code)"
        }.joined(separator: thai ? " และ " : " and ")
    }

    private func format(_ value: Decimal) -> String { Rounding.format(value) }
}

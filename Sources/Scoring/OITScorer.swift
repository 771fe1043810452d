import Criteria
import Foundation

/// The share of accepted items in one ตัวชี้วัดย่อย.
public struct SubIndicatorScore: Hashable, Sendable {
    public var code: String
    public var indicator: Int
    public var accepted: Int
    public var itemCount: Int
    /// 100 × accepted / items.
    public var share: ExactScore { .percentage(accepted, of: itemCount) }
    public var rejectedItems: [String]
}

/// OIT indicators computed from the assessor's verdict on each item.
public struct OITScore: Hashable, Sendable {
    public var subIndicators: [SubIndicatorScore]
    /// Indicators 9 and 10 (or whatever the year calls OIT), as unweighted means of their sub-indicators.
    public var indicators: [Int: ExactScore]
    /// True when the year's sub-indicator membership is guessed, so the indicators are estimates.
    public var isEstimate: Bool = false
}

/// Scores OIT items: each item 0 or 100; a sub-indicator is the share accepted; an indicator is the
/// unweighted mean of its sub-indicators, not of its items (this reproduces the NACC 2564 tables
/// and the seed's 74.21; a flat mean over 33 items cannot give 74.21).
public enum OITScorer {
    /// `accepted` says, for every OIT item of the year, whether the assessor accepted it.
    public static func score(accepted: [String: Bool], criteria: Criteria) throws(ScoringError) -> OITScore {
        let known = Dictionary(uniqueKeysWithValues: accepted.map { ($0.key.uppercased(), $0.value) })
        let oitIndicators = criteria.indicators.filter { $0.instrument == .oit }
        let allCodes = Set(oitIndicators.flatMap(\.allItemCodes).map { $0.uppercased() })
        for code in known.keys.sorted() where !allCodes.contains(code) {
            throw ScoringError(
                subject: code,
                messageTH: "ข้อ \(code) ไม่ใช่ข้อของแบบวัด OIT ปี \(criteria.fiscalYear)",
                messageEN: "\(code) is not an OIT item of fiscal year \(criteria.fiscalYear)")
        }
        var subScores: [SubIndicatorScore] = []
        var indicatorScores: [Int: ExactScore] = [:]
        for indicator in oitIndicators {
            var shares: [ExactScore] = []
            for sub in indicator.subIndicators {
                var rejected: [String] = []
                for code in sub.items {
                    guard let verdict = known[code.uppercased()] else {
                        throw ScoringError(
                            subject: code,
                            messageTH: "ไม่มีผลการตรวจข้อ \(code)",
                            messageEN: "no result is given for item \(code)")
                    }
                    if !verdict { rejected.append(code) }
                }
                let score = SubIndicatorScore(
                    code: sub.code, indicator: indicator.number, accepted: sub.items.count - rejected.count,
                    itemCount: sub.items.count, rejectedItems: rejected)
                subScores.append(score)
                shares.append(score.share)
            }
            indicatorScores[indicator.number] = .mean(shares)
        }
        return OITScore(
            subIndicators: subScores, indicators: indicatorScores, isEstimate: criteria.oitScoresAreEstimates)
    }

    /// Every OIT item accepted except those named.
    public static func score(rejected: Set<String>, criteria: Criteria) throws(ScoringError) -> OITScore {
        let codes = criteria.indicators.filter { $0.instrument == .oit }.flatMap(\.allItemCodes)
        let wanted = Set(rejected.map { $0.uppercased() })
        let known = Set(codes.map { $0.uppercased() })
        for code in wanted.sorted() where !known.contains(code) {
            throw ScoringError(
                subject: code,
                messageTH: "ข้อ \(code) ไม่ใช่ข้อของแบบวัด OIT ปี \(criteria.fiscalYear)",
                messageEN: "\(code) is not an OIT item of fiscal year \(criteria.fiscalYear)")
        }
        var accepted: [String: Bool] = [:]
        for code in codes { accepted[code] = !wanted.contains(code.uppercased()) }
        return try score(accepted: accepted, criteria: criteria)
    }
}

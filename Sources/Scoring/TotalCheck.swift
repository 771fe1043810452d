import Criteria
import Foundation

/// Checks the printed total and level.
struct TotalCheck {
    let published: PublishedResult
    let card: ScoreCard
    let bounds: ClosedRange<Decimal>?
    let criteria: Criteria

    func findings() -> [Finding] {
        var findings: [Finding] = []
        let printedParts = card.instruments.map { published.instrument($0.code)?.weighted ?? $0.weighted }
        let sumOfParts = printedParts.reduce(Decimal(0), +)
        if let total = published.total {
            if total == card.total {
                findings.append(.consistent(
                    "total", total, "ปัดเศษครั้งเดียวจากค่าที่ไม่ปัด", "rounded once, half up, from the unrounded parts"))
                if sumOfParts != total {
                    findings.append(sumOfPartsFinding(printedTotal: total, sumOfParts: sumOfParts))
                }
            } else if total == sumOfParts {
                findings.append(Finding(
                    kind: .sumOfRoundedParts, subject: "total", published: format(total), recomputed: format(card.total),
                    explanationTH: "ตารางรวมคะแนนถ่วงน้ำหนักที่ปัดเศษแล้ว (\(format(sumOfParts))) แต่คะแนนรวมทางการปัดเศษครั้งเดียวได้ \(format(card.total))",
                    explanationEN: "the table adds the rounded parts (\(format(sumOfParts))); the official total, rounded once, is \(format(card.total))"))
            } else if let bounds, bounds.contains(total) {
                findings.append(Finding(
                    kind: .presentationRounding, subject: "total", published: format(total), recomputed: format(card.total),
                    explanationTH: "อยู่ในช่วงที่เกิดจากการปัดเศษคะแนนตัวชี้วัดที่พิมพ์ (\(format(bounds.lowerBound))–\(format(bounds.upperBound)))",
                    explanationEN: "within the rounding of the printed indicators (\(format(bounds.lowerBound))–\(format(bounds.upperBound)))"))
            } else {
                findings.append(.realError("total", total, card.total))
            }
        }
        if let level = published.level {
            let expected = card.level
            if level == expected {
                findings.append(Finding(
                    kind: .consistent, subject: "level", published: level, recomputed: expected,
                    explanationTH: "ถูกต้อง: ระดับจากคะแนนรวม \(format(card.total))",
                    explanationEN: "consistent: the level of the total \(format(card.total))"))
            } else {
                findings.append(Finding(
                    kind: .error, subject: "level", published: level, recomputed: expected,
                    explanationTH: "คะแนนรวม \(format(card.total)) อยู่ในระดับ \(expected ?? "-") ไม่ใช่ \(level)",
                    explanationEN: "a total of \(format(card.total)) is level \(expected ?? "-"), not \(level)"))
            }
        }
        return findings
    }

    private func sumOfPartsFinding(printedTotal: Decimal, sumOfParts: Decimal) -> Finding {
        Finding(
            kind: .sumOfRoundedParts, subject: "sum of weighted parts", published: format(sumOfParts),
            recomputed: format(printedTotal),
            explanationTH: "ผลรวมของคะแนนถ่วงน้ำหนักที่ปัดแยกกัน (\(format(sumOfParts))) ต่างจากคะแนนรวมที่ปัดครั้งเดียว (\(format(printedTotal))); ไม่ใช่ข้อผิดพลาด ไม่ต้องแก้",
            explanationEN: "the separately rounded parts add up to \(format(sumOfParts)), the once-rounded total is \(format(printedTotal)); not an error, nothing to fix")
    }

    private func format(_ value: Decimal) -> String { Rounding.format(value) }
}

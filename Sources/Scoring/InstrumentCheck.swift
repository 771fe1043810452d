import Criteria
import Foundation

/// Checks one printed instrument row: weight, weighted part and score.
struct InstrumentCheck {
    let printed: PublishedInstrument
    let computed: InstrumentScore
    let bounds: (mean: ClosedRange<Decimal>, weighted: ClosedRange<Decimal>)?

    private var name: String { computed.code.rawValue }

    func findings() -> [Finding] {
        var findings: [Finding] = []
        if let weight = printed.weightPercent {
            findings.append(compare(
                subject: "\(name) weight", printed: weight, computed: computed.weightPercent, places: 0,
                differenceTH: "น้ำหนักไม่ตรงกับเกณฑ์ปีนี้ (\(Rounding.format(computed.weightPercent, places: 0)))",
                differenceEN: "the weight differs from this year's criteria (\(Rounding.format(computed.weightPercent, places: 0)))"))
        }
        if let weighted = printed.weighted { findings.append(checkWeighted(weighted)) }
        if let score = printed.score { findings.append(checkScore(score)) }
        return findings
    }

    private func checkWeighted(_ value: Decimal) -> Finding {
        let subject = "\(name) weighted"
        if value == computed.weighted {
            return .consistent(subject, value, "\(name) ถ่วงน้ำหนัก = \(format(computed.weight)) × ค่าเฉลี่ย", "\(name) weighted = \(format(computed.weight)) × mean")
        }
        if let bounds, bounds.weighted.contains(value) {
            return Finding(
                kind: .presentationRounding, subject: subject, published: format(value), recomputed: format(computed.weighted),
                explanationTH: "อยู่ในช่วงที่เกิดจากการปัดเศษคะแนนตัวชี้วัดที่พิมพ์ (\(format(bounds.weighted.lowerBound))–\(format(bounds.weighted.upperBound)))",
                explanationEN: "within the rounding of the printed indicators (\(format(bounds.weighted.lowerBound))–\(format(bounds.weighted.upperBound)))")
        }
        return .realError(subject, value, computed.weighted)
    }

    private func checkScore(_ value: Decimal) -> Finding {
        let subject = "\(name) score"
        if value == computed.mean {
            return .consistent(subject, value, "ค่าเฉลี่ยของตัวชี้วัดใน \(name)", "the mean of the \(name) indicators")
        }
        let backComputed = Rounding.halfUp((printed.weighted ?? computed.weighted) / computed.weight)
        if value == backComputed {
            let weighted = format(printed.weighted ?? computed.weighted)
            return Finding(
                kind: .presentationRounding, subject: subject, published: format(value), recomputed: format(computed.mean),
                explanationTH: "ตารางแสดงคะแนนถ่วงน้ำหนักหารด้วยน้ำหนัก (\(weighted) ÷ \(format(computed.weight)) = \(format(value))) ส่วนค่าเฉลี่ยจริงคือ \(format(computed.mean)); ไม่ใช่ข้อผิดพลาด",
                explanationEN: "the table shows the weighted part divided back by the weight (\(weighted) ÷ \(format(computed.weight)) = \(format(value))); the plain mean is \(format(computed.mean)); not an error")
        }
        if let bounds, bounds.mean.contains(value) {
            return Finding(
                kind: .presentationRounding, subject: subject, published: format(value), recomputed: format(computed.mean),
                explanationTH: "อยู่ในช่วงที่เกิดจากการปัดเศษคะแนนตัวชี้วัดที่พิมพ์ (\(format(bounds.mean.lowerBound))–\(format(bounds.mean.upperBound)))",
                explanationEN: "within the rounding of the printed indicators (\(format(bounds.mean.lowerBound))–\(format(bounds.mean.upperBound)))")
        }
        return .realError(subject, value, computed.mean)
    }

    private func compare(
        subject: String, printed: Decimal, computed: Decimal, places: Int, differenceTH: String, differenceEN: String
    ) -> Finding {
        if printed == computed {
            return .consistent(subject, printed, "ตรงกับเกณฑ์", "matches the criteria", places: places)
        }
        return Finding(
            kind: .error, subject: subject, published: Rounding.format(printed, places: places),
            recomputed: Rounding.format(computed, places: places), explanationTH: differenceTH, explanationEN: differenceEN)
    }

    private func format(_ value: Decimal) -> String { Rounding.format(value) }
}

extension Finding {
    static func consistent(_ subject: String, _ value: Decimal, _ th: String, _ en: String, places: Int = 2) -> Finding {
        let text = Rounding.format(value, places: places)
        return Finding(
            kind: .consistent, subject: subject, published: text, recomputed: text,
            explanationTH: "ถูกต้อง: \(th)", explanationEN: "consistent: \(en)")
    }

    static func realError(_ subject: String, _ printed: Decimal, _ computed: Decimal) -> Finding {
        Finding(
            kind: .error, subject: subject, published: Rounding.format(printed), recomputed: Rounding.format(computed),
            explanationTH: "ไม่มีกฎการปัดเศษใดอธิบายความต่างนี้ได้: คำนวณได้ \(Rounding.format(computed))",
            explanationEN: "no rounding rule explains this: it recomputes to \(Rounding.format(computed))")
    }
}

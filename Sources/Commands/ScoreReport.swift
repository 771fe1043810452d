import Criteria
import Foundation
import Scoring

/// A score card with its findings, in the shapes `prongsai score` prints: text, JSON and CSV.
struct ScoreReport: Encodable {
    struct InstrumentRow: Encodable {
        var code: String
        /// คะแนนที่ได้ (100 คะแนน), as the NACC tables print it.
        var score: Decimal
        /// The plain mean of the instrument's indicators.
        var mean: Decimal
        /// น้ำหนัก (ร้อยละ)
        var weight: Decimal
        var weighted: Decimal
    }

    /// The rating from 2567, with why it is not one level higher and how far each higher level is.
    struct RatingReport: Encodable {
        var key: String
        var label: String
        var labelEN: String
        var passes: Bool
        /// "EIT 84.10 < 85"; nil at the top level.
        var reason: String?
        var reasonTH: String?
        var higherLevels: [HigherLevel]
        /// Set when a fact of the scale is not verified against an NACC source.
        var unverified: String?
    }

    struct HigherLevel: Encodable {
        var label: String
        var totalNeeded: Decimal
        var instrumentsNeeded: [String: Decimal]
        var distance: String
        var distanceTH: String
    }

    var fiscalYear: Int
    var indicators: [String: Decimal]
    var instruments: [InstrumentRow]
    var total: Decimal
    var level: String?
    var passMark: Decimal
    var passed: Bool
    var rating: RatingReport?
    /// True where the OIT scores rest on a guessed sub-indicator membership.
    var estimate: Bool
    var findings: [Finding]

    init(card: ScoreCard, findings: [Finding]) {
        fiscalYear = card.fiscalYear
        indicators = Dictionary(uniqueKeysWithValues: card.indicators.map { (String($0.key), $0.value.rounded()) })
        instruments = card.instruments.map {
            InstrumentRow(code: $0.code.rawValue, score: $0.displayed, mean: $0.mean, weight: $0.weightPercent, weighted: $0.weighted)
        }
        total = card.total
        level = card.level
        passMark = card.passMark
        passed = card.passed
        estimate = card.isEstimate
        rating = card.rating.map { outcome in
            RatingReport(
                key: outcome.level.key, label: outcome.level.labelTH, labelEN: outcome.level.labelEN,
                passes: outcome.level.passes, reason: outcome.reason?.conditionsEN, reasonTH: outcome.reason?.conditionsTH,
                higherLevels: outcome.higherLevels.map { shortfall in
                    HigherLevel(
                        label: shortfall.level.labelTH, totalNeeded: shortfall.totalNeeded,
                        instrumentsNeeded: Dictionary(uniqueKeysWithValues: shortfall.instruments.map { ($0.code.rawValue, $0.needed) }),
                        distance: shortfall.distanceEN, distanceTH: shortfall.distanceTH)
                },
                unverified: Self.unverifiedLevels(outcome))
        }
        self.findings = findings
    }

    /// The levels of the outcome that rest on an unverified fact, named for the reader.
    private static func unverifiedLevels(_ outcome: RatingOutcome) -> String? {
        let levels = ([outcome.level] + outcome.higherLevels.map(\.level)).filter { !$0.provenance.isVerified }
        guard !levels.isEmpty else { return nil }
        return "not verified against an NACC manual: " + levels.map(\.labelEN).joined(separator: ", ")
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The same rows the CSV importer reads, so a printed score can be scored again.
    func csv() -> String {
        var lines = ["fiscalYear,\(fiscalYear)", "indicator,score"]
        for number in indicators.keys.compactMap(Int.init).sorted() {
            lines.append("\(number),\(Rounding.format(indicators[String(number)]!))")
        }
        for row in instruments {
            lines.append("\(row.code),\(Rounding.format(row.score)),\(Rounding.format(row.weight, places: 0)),\(Rounding.format(row.weighted))")
        }
        lines.append("total,\(Rounding.format(total))")
        if let rating {
            lines.append("rating,\(rating.label),\(rating.reason ?? "")")
        } else if let level {
            lines.append("level,\(level)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func text(criteria: Criteria) -> String {
        var lines: [String] = []
        lines.append("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. \(fiscalYear) / ITA result, fiscal year \(fiscalYear) (พ.ศ.)")
        lines.append("")
        for number in indicators.keys.compactMap(Int.init).sorted() {
            let name = criteria.indicator(number)?.nameTH ?? ""
            lines.append("  ตัวชี้วัดที่ \(pad(String(number), 2)) \(pad(Rounding.format(indicators[String(number)]!), 6))  \(name)")
        }
        lines.append("")
        lines.append("  แบบวัด  คะแนน  น้ำหนัก  ถ่วงน้ำหนัก   (instrument, score, weight %, weighted)")
        for row in instruments {
            lines.append("  \(row.code)    \(pad(Rounding.format(row.score), 6))  \(pad(Rounding.format(row.weight, places: 0), 6))  \(pad(Rounding.format(row.weighted), 10))")
        }
        lines.append("")
        let verdict = passed
            ? "ผ่านเกณฑ์ \(Rounding.format(passMark, places: 0)) / passes \(Rounding.format(passMark, places: 0))"
            : "ต่ำกว่าเกณฑ์ \(Rounding.format(passMark, places: 0)) อีก \(Rounding.format(passMark - total)) คะแนน / \(Rounding.format(passMark - total)) below the pass mark"
        if let rating {
            lines.append("  คะแนนรวม / total: \(Rounding.format(total))   ผลการประเมิน / rating: \(rating.label) (\(rating.labelEN))")
            if let reasonTH = rating.reasonTH, let reason = rating.reason {
                let both = reasonTH == reason ? reason : "\(reasonTH) / \(reason)"
                lines.append("  ไม่ถึงระดับที่สูงกว่าเพราะ / held back by: \(both)")
            }
            for higher in rating.higherLevels.reversed() {
                lines.append("  \(higher.distanceTH) / \(higher.distance)")
            }
            if rating.unverified != nil {
                lines.append("  หมายเหตุ: เกณฑ์บางระดับยังไม่ได้ยืนยันกับคู่มือของสำนักงาน ป.ป.ช. / some levels are not verified against an NACC manual")
            }
        } else {
            lines.append("  คะแนนรวม / total: \(Rounding.format(total))   ระดับ / level: \(level ?? "-")   \(verdict)")
        }
        if estimate {
            lines.append("  คะแนน OIT เป็นค่าประมาณ: ยังไม่ทราบการจัดกลุ่มตัวชี้วัดย่อยของปีนี้ / OIT scores are estimates: the sub-indicator grouping of this year is not known")
        }
        if !findings.isEmpty {
            lines.append("")
            lines.append("การตรวจความสอดคล้องของตาราง / consistency check:")
            for finding in findings {
                lines.append("  [\(finding.kind.symbol)] \(finding.subject): \(finding.explanationTH)")
                lines.append("      \(finding.explanationEN)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension Finding.Kind {
    /// A short tag for terminal output.
    var symbol: String {
        switch self {
        case .consistent: "ok"
        case .presentationRounding: "ปัดเศษ/rounding"
        case .sumOfRoundedParts: "ผลรวม/sum"
        case .uncommentedRejection: "ไม่ระบุ/uncommented"
        case .error: "ผิด/ERROR"
        }
    }
}

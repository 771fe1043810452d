import Criteria
import Foundation
import Planning
import Scoring

/// The options and targets of `prongsai whatif`, as text and JSON.
struct WhatIfReport {
    var base: ScoreCard
    var items: [GainOption]
    var indicators: [GainOption]
    var measures: [GainOption]
    var targets: [GainTarget]
    var criteria: Criteria

    func text() -> String {
        var lines = [
            "สิ่งที่เพิ่มคะแนนได้มากที่สุด ผลการประเมิน ITA ปี \(base.fiscalYear): \(Rounding.format(base.total)) \(levelText(base))",
            "What raises the total most, ITA \(base.fiscalYear): \(Rounding.format(base.total)) \(base.level ?? "")",
        ]
        section(&lines, "รายการข้อ OIT ที่ไม่ผ่าน (เมื่อแก้ให้ครบ) / rejected OIT items, once complete", items)
        section(&lines, "ตัวชี้วัด / indicators", indicators)
        section(&lines, "มาตรการ / measures", measures)
        if !targets.isEmpty {
            lines.append("")
            lines.append("เป้าหมาย / targets:")
            for target in targets {
                let fixes = target.itemFixes.joined(separator: ", ")
                if target.reachedByItems {
                    lines.append("  \(target.labelTH): แก้ \(target.itemFixes.count) ข้อ (\(fixes)) → \(Rounding.format(target.after.total)) \(levelText(target.after))")
                    lines.append("    \(target.labelEN): fix \(target.itemFixes.count) item(s) (\(fixes)) → \(Rounding.format(target.after.total))")
                } else {
                    let after = target.itemFixes.isEmpty ? "" : " แม้แก้ \(fixes) แล้ว (\(Rounding.format(target.after.total)))"
                    lines.append("  \(target.labelTH): แก้รายการข้อ OIT อย่างเดียวไม่พอ\(after) / \(target.labelEN): OIT item fixes are not enough")
                    for need in target.instrumentsShort {
                        lines.append("    \(need.code.rawValue) \(Rounding.format(need.score)) < \(Rounding.format(need.minimum, places: 0)); ยกตัวชี้วัดใดตัวหนึ่ง / raise one indicator:")
                        for raise in need.raises {
                            let name = criteria.indicator(raise.indicator)?.nameTH ?? ""
                            lines.append("      ตัวชี้วัดที่ \(raise.indicator) \(name) +\(Rounding.format(raise.points)) (เป็น \(Rounding.format(raise.to))) / indicator \(raise.indicator) +\(Rounding.format(raise.points))")
                        }
                    }
                    if target.instrumentsShort.isEmpty {
                        lines.append("    ต้องยกคะแนนตัวชี้วัดด้วย (ดูรายการตัวชี้วัดด้านบน) / the indicators must rise too (see above)")
                    }
                }
            }
        }
        if criteria.oitScoresAreEstimates {
            lines.append("")
            lines.append("หมายเหตุ: ยังไม่ทราบการจัดกลุ่มตัวชี้วัดย่อยของปี \(criteria.fiscalYear) ค่าของรายการข้อ OIT จึงเป็นค่าประมาณพร้อมช่วง")
            lines.append("Note: the \(criteria.fiscalYear) sub-indicator grouping is not known; OIT item values are estimates with their range.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ lines: inout [String], _ title: String, _ options: [GainOption]) {
        guard !options.isEmpty else { return }
        lines.append("")
        lines.append("\(title):")
        for (index, option) in options.enumerated() {
            lines.append("  \(index + 1). \(option.labelTH)  \(option.gainTextTH) → \(Rounding.format(option.after.total)) \(levelText(option.after))")
        }
    }

    private func levelText(_ card: ScoreCard) -> String {
        guard let level = card.level else { return "" }
        return card.rating == nil ? "ระดับ \(level)" : level
    }

    struct Option: Encodable {
        var kind: String
        var subject: String
        var label: String
        var labelEN: String
        var gain: Decimal
        var estimateRange: [Decimal]?
        var totalAfter: Decimal
        var levelAfter: String?
    }

    struct Target: Encodable {
        var level: String
        var levelEN: String
        var reachedByItems: Bool
        var itemFixes: [String]
        var totalAfter: Decimal
        var instrumentsShort: [Need]
    }

    struct Need: Encodable {
        var instrument: String
        var score: Decimal
        var minimum: Decimal
        /// Indicator → points it must rise alone.
        var raises: [String: Decimal]
    }

    struct Document: Encodable {
        var fiscalYear: Int
        var total: Decimal
        var level: String?
        var estimate: Bool
        var items: [Option]
        var indicators: [Option]
        var measures: [Option]
        var targets: [Target]
    }

    func json() throws -> String {
        func option(_ option: GainOption) -> Option {
            let (kind, subject): (String, String) = switch option.kind {
            case .item(let code): ("item", code)
            case .indicator(let number): ("indicator", String(number))
            case .measure(let number): ("measure", String(number))
            }
            return Option(
                kind: kind, subject: subject, label: option.labelTH, labelEN: option.labelEN, gain: option.gain,
                estimateRange: option.estimateRange, totalAfter: option.after.total, levelAfter: option.after.level)
        }
        let document = Document(
            fiscalYear: base.fiscalYear, total: base.total, level: base.level, estimate: criteria.oitScoresAreEstimates,
            items: items.map(option), indicators: indicators.map(option), measures: measures.map(option),
            targets: targets.map { target in
                Target(
                    level: target.labelTH, levelEN: target.labelEN, reachedByItems: target.reachedByItems, itemFixes: target.itemFixes,
                    totalAfter: target.after.total,
                    instrumentsShort: target.instrumentsShort.map { need in
                        Need(
                            instrument: need.code.rawValue, score: need.score, minimum: need.minimum,
                            raises: Dictionary(uniqueKeysWithValues: need.raises.map { (String($0.indicator), $0.points) }))
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}

import Foundation
import Scoring

/// The ten indicator scores against the pass mark, as data both chart renderers draw.
public struct IndicatorChart: Hashable, Sendable {
    public struct Bar: Hashable, Sendable {
        public var number: Int
        /// The indicator's short Thai name, e.g. "การปฏิบัติหน้าที่".
        public var name: String
        public var score: Decimal

        public init(number: Int, name: String, score: Decimal) {
            self.number = number
            self.name = name
            self.score = score
        }

        /// "1 การปฏิบัติหน้าที่"
        public var label: String { name.isEmpty ? "\(number)" : "\(number) \(name)" }
        /// "100.00"
        public var scoreText: String { Rounding.format(score) }
    }

    /// The accessible name, e.g. "คะแนนรายตัวชี้วัด ITA ปีงบประมาณ พ.ศ. 2565 เทียบกับเป้าหมาย 85 คะแนน".
    public var title: String
    public var bars: [Bar]
    /// เป้าหมาย — the pass mark the dashed line shows (85).
    public var passMark: Decimal

    public init(title: String, bars: [Bar], passMark: Decimal) {
        self.title = title
        self.bars = bars
        self.passMark = passMark
    }

    /// At or above the mark counts as reaching it, as the pass rule reads (total ≥ 85).
    public func reachesMark(_ bar: Bar) -> Bool { bar.score >= passMark }

    /// "เป้าหมาย 85"
    public var passMarkLabel: String { "เป้าหมาย \(Rounding.format(passMark, places: 0))" }

    /// Every score in words, for screen readers and the .docx alt text.
    public var summary: String {
        let scores = bars.map { bar in
            let standing = reachesMark(bar) ? "ถึงเป้าหมาย" : "ต่ำกว่าเป้าหมาย"
            return "ตัวชี้วัดที่ \(bar.label) \(bar.scoreText) คะแนน (\(standing))"
        }
        return scores.joined(separator: "; ") + "; \(passMarkLabel) คะแนน"
    }
}

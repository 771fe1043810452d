import Criteria
import Foundation
import Planning
import Scoring

/// The result table: indicator scores, and per instrument the merged score, weight and weighted cells.
public struct ResultTable: Hashable, Sendable {
    public static let columns = [
        "ตัวชี้วัด", "คะแนน ITA", "คะแนนที่ได้ (100 คะแนน)", "น้ำหนัก (ร้อยละ)", "คะแนนถ่วงน้ำหนัก",
    ]

    /// One instrument: its indicator rows and the three figures that span them.
    public struct Group: Hashable, Sendable {
        public var instrument: InstrumentCode
        public var rows: [Row]
        /// คะแนนที่ได้ (100 คะแนน), e.g. "99.80".
        public var score: String
        /// น้ำหนัก (ร้อยละ), e.g. "30".
        public var weightPercent: String
        /// คะแนนถ่วงน้ำหนัก, e.g. "29.94".
        public var weighted: String
    }

    public struct Row: Hashable, Sendable {
        /// "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"
        public var indicator: String
        /// "100.00"
        public var score: String
    }

    public var groups: [Group]
    public var totalLabel = "รวม"
    /// "73.35"
    public var total: String

    init(plan: MeasuresPlan, card: ScoreCard, criteria: Criteria) {
        groups = card.instruments.map { instrument in
            let numbers = criteria.instrument(instrument.code)?.indicators ?? []
            return Group(
                instrument: instrument.code,
                rows: numbers.map { number in
                    Row(
                        indicator: MeasuresDocument.indicatorLabel(number, criteria: criteria),
                        score: card.indicator(number).map { Rounding.format($0) } ?? "")
                },
                score: Rounding.format(instrument.displayed),
                weightPercent: Rounding.format(instrument.weightPercent, places: 0),
                weighted: Rounding.format(instrument.weighted))
        }
        total = Rounding.format(card.total)
    }
}

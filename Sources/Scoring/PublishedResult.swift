import Criteria
import Foundation

/// A result table as an agency or the NACC printed it: every figure optional, nothing recomputed.
public struct PublishedResult: Codable, Hashable, Sendable {
    /// The assessed fiscal year (พ.ศ.).
    public var fiscalYear: Int
    /// Indicator number → printed score.
    public var indicators: [Int: Decimal]
    public var instruments: [PublishedInstrument]
    public var total: Decimal?
    public var level: String?

    public init(
        fiscalYear: Int, indicators: [Int: Decimal], instruments: [PublishedInstrument] = [],
        total: Decimal? = nil, level: String? = nil
    ) {
        self.fiscalYear = fiscalYear
        self.indicators = indicators
        self.instruments = instruments
        self.total = total
        self.level = level
    }

    public func instrument(_ code: InstrumentCode) -> PublishedInstrument? {
        instruments.first { $0.code == code }
    }
}

/// One instrument row of a printed table.
public struct PublishedInstrument: Codable, Hashable, Sendable {
    public var code: InstrumentCode
    /// คะแนนที่ได้ (100 คะแนน)
    public var score: Decimal?
    /// น้ำหนัก (ร้อยละ), e.g. 30.
    public var weightPercent: Decimal?
    /// คะแนนถ่วงน้ำหนัก
    public var weighted: Decimal?

    public init(code: InstrumentCode, score: Decimal? = nil, weightPercent: Decimal? = nil, weighted: Decimal? = nil) {
        self.code = code
        self.score = score
        self.weightPercent = weightPercent
        self.weighted = weighted
    }
}

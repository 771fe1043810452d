import Foundation

/// One instrument of a year: its weight in the total and the indicators it averages.
public struct Instrument: Codable, Hashable, Sendable {
    public var code: InstrumentCode
    public var nameTH: String
    public var nameEN: String
    /// Share of the total, e.g. 0.30. The weights of a year sum to 1.
    public var weight: Decimal
    public var indicators: [Int]
    /// Parts an instrument is reported in (2566 splits EIT in two); informational only.
    public var parts: [InstrumentPart]?
    public var provenance: Provenance

    public init(
        code: InstrumentCode, nameTH: String, nameEN: String, weight: Decimal, indicators: [Int],
        parts: [InstrumentPart]? = nil, provenance: Provenance
    ) {
        self.code = code
        self.nameTH = nameTH
        self.nameEN = nameEN
        self.weight = weight
        self.indicators = indicators
        self.parts = parts
        self.provenance = provenance
    }

    /// Weight in points out of 100, as the result tables print it (30, 30, 40).
    public var weightPercent: Decimal { weight * 100 }
}

/// A reported part of an instrument (e.g. EIT ส่วนที่ 1 / ส่วนที่ 2 in 2566).
public struct InstrumentPart: Codable, Hashable, Sendable {
    public var code: String
    public var nameTH: String
    public var provenance: Provenance

    public init(code: String, nameTH: String, provenance: Provenance) {
        self.code = code
        self.nameTH = nameTH
        self.provenance = provenance
    }
}

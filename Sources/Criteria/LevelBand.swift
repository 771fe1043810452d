import Foundation

/// ระดับผลการประเมิน — a closed band of 2-decimal totals and its level (AA … F).
public struct LevelBand: Codable, Hashable, Sendable {
    public var level: String
    public var labelTH: String
    public var minimum: Decimal
    public var maximum: Decimal

    public init(level: String, labelTH: String, minimum: Decimal, maximum: Decimal) {
        self.level = level
        self.labelTH = labelTH
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Whether a total already rounded to 2 decimals falls in the band.
    public func contains(_ roundedTotal: Decimal) -> Bool {
        roundedTotal >= minimum && roundedTotal <= maximum
    }
}

/// How a year's outcome is published, and the pass mark.
public struct ResultPresentation: Codable, Hashable, Sendable {
    public enum Mode: String, Codable, Hashable, Sendable {
        /// Letter levels AA … F are published (2563–2565).
        case letterLevels
        /// Pass/fail at the pass mark, with an "excellent" mark singled out (2566 onward).
        case passFail
    }

    public var mode: Mode
    /// เกณฑ์ผ่าน — the total that counts as passing (85).
    public var passMark: Decimal
    /// The mark singled out as excellent where published (95).
    public var excellentMark: Decimal?
    /// A rule that also looks at single instruments, where one is known or suspected.
    public var perInstrumentRule: String?
    public var provenance: Provenance

    public init(
        mode: Mode, passMark: Decimal, excellentMark: Decimal? = nil, perInstrumentRule: String? = nil,
        provenance: Provenance
    ) {
        self.mode = mode
        self.passMark = passMark
        self.excellentMark = excellentMark
        self.perInstrumentRule = perInstrumentRule
        self.provenance = provenance
    }
}

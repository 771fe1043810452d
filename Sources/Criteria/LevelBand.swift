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
        /// Pass/fail at the pass mark, with an "excellent" mark singled out (2566).
        case passFail
        /// A rating scale whose levels look at the total and at each instrument (2567 onward):
        /// ผ่านดีเยี่ยม, ผ่านดี, ผ่าน, ต้องปรับปรุง, ต้องปรับปรุงโดยด่วน.
        case ratingLevels
    }

    public var mode: Mode
    /// เกณฑ์ผ่าน — the total that counts as passing (85).
    public var passMark: Decimal
    /// The mark singled out as excellent where published (95).
    public var excellentMark: Decimal?
    /// A rule that also looks at single instruments, where one is known or suspected.
    public var perInstrumentRule: String?
    /// The rating scale, highest level first, when `mode` is `ratingLevels`.
    public var ratings: [RatingLevel]?
    public var provenance: Provenance

    public init(
        mode: Mode, passMark: Decimal, excellentMark: Decimal? = nil, perInstrumentRule: String? = nil,
        ratings: [RatingLevel]? = nil, provenance: Provenance
    ) {
        self.mode = mode
        self.passMark = passMark
        self.excellentMark = excellentMark
        self.perInstrumentRule = perInstrumentRule
        self.ratings = ratings
        self.provenance = provenance
    }

    /// The rating levels in force, or none for years that publish letter bands or pass/fail.
    public var ratingScale: [RatingLevel] { mode == .ratingLevels ? ratings ?? [] : [] }
}

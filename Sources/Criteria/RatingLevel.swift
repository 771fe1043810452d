import Foundation

/// One level of the rating scale published from 2567 (ผ่านดีเยี่ยม, ผ่านดี, ผ่าน, ต้องปรับปรุง …).
///
/// A level holds when the total reaches `minimumTotal` and, where the level has one, every
/// instrument reaches `minimumEachInstrument`. The scale lists levels highest first and the first
/// level that holds is the rating: an agency with 94.64 whose EIT is below 85 is ผ่าน, not ผ่านดี.
public struct RatingLevel: Codable, Hashable, Sendable {
    /// A stable key for code and URLs: "excellent", "good", "pass", "improve", "urgent".
    public var key: String
    public var labelTH: String
    public var labelEN: String
    /// The lowest total (2 decimals) the level accepts.
    public var minimumTotal: Decimal
    /// The lowest score every instrument must have, where the level sets one.
    public var minimumEachInstrument: Decimal?
    /// Whether the level counts as passing the assessment.
    public var passes: Bool
    public var provenance: Provenance

    public init(
        key: String, labelTH: String, labelEN: String, minimumTotal: Decimal, minimumEachInstrument: Decimal? = nil,
        passes: Bool, provenance: Provenance
    ) {
        self.key = key
        self.labelTH = labelTH
        self.labelEN = labelEN
        self.minimumTotal = minimumTotal
        self.minimumEachInstrument = minimumEachInstrument
        self.passes = passes
        self.provenance = provenance
    }
}

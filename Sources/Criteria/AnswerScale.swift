import Foundation

/// The answer levels of a survey item and the points each level scores.
///
/// Levels run from the least to the most (น้อยที่สุดหรือไม่มีเลย … มากที่สุด, or ไม่มี, มี).
/// A reversed question scores them in the opposite order.
public struct AnswerScale: Codable, Hashable, Sendable {
    public var id: String
    public var labelsTH: [String]
    /// Points per level, same order as `labelsTH`, on the 0–100 scale.
    public var points: [Decimal]
    /// Other point sets seen in sources but not adopted, kept so the choice stays visible.
    public var alternativePoints: [[Decimal]]?
    public var provenance: Provenance

    public init(
        id: String, labelsTH: [String], points: [Decimal], alternativePoints: [[Decimal]]? = nil,
        provenance: Provenance
    ) {
        self.id = id
        self.labelsTH = labelsTH
        self.points = points
        self.alternativePoints = alternativePoints
        self.provenance = provenance
    }

    /// Points for the answer at `level` (0-based, least first), honouring a reversed question.
    public func points(forLevel level: Int, reversed: Bool) -> Decimal? {
        guard points.indices.contains(level) else { return nil }
        return reversed ? points[points.count - 1 - level] : points[level]
    }
}

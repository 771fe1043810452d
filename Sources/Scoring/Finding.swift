import Foundation

/// One line of a consistency check: a printed figure against its recomputation, explained.
public struct Finding: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// The printed figure equals the recomputed one.
        case consistent
        /// Differs only by how the table rounds for display (e.g. IIT 99.80 = 29.94 ÷ 0.30, mean 99.79),
        /// or within the rounding of the printed indicators.
        case presentationRounding
        /// The printed parts, each rounded, add up to 0.01 more or less than the once-rounded total.
        case sumOfRoundedParts
        /// The printed score needs more rejected OIT items than the assessor's comments name.
        case uncommentedRejection
        /// No rounding rule explains the difference.
        case error
    }

    public var kind: Kind
    /// What the finding is about: "indicator 9", "IIT score", "total", "level".
    public var subject: String
    public var published: String?
    public var recomputed: String?
    public var explanationTH: String
    public var explanationEN: String

    public init(
        kind: Kind, subject: String, published: String?, recomputed: String?, explanationTH: String,
        explanationEN: String
    ) {
        self.kind = kind
        self.subject = subject
        self.published = published
        self.recomputed = recomputed
        self.explanationTH = explanationTH
        self.explanationEN = explanationEN
    }

    /// True for the kinds that need someone to correct the table.
    public var isProblem: Bool { kind == .error }
}

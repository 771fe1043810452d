import Foundation

/// A score kept as an exact fraction until it is printed.
///
/// Means over 3 indicators, or over 7 OIT items, are not finite decimals. The official tables
/// round once, at the end; dividing early would round twice. So the numerator stays a `Decimal`
/// (exact for 2-decimal inputs) and the division happens only in `rounded`.
public struct ExactScore: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let numerator: Decimal
    public let denominator: Int

    public init(_ value: Decimal) {
        self.init(numerator: value, denominator: 1)
    }

    public init(numerator: Decimal, denominator: Int) {
        precondition(denominator > 0, "a score's denominator is positive")
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let zero = ExactScore(0)
    public static let hundred = ExactScore(100)

    /// 100 × part / whole, e.g. the share of accepted OIT items in a sub-indicator.
    public static func percentage(_ part: Int, of whole: Int) -> ExactScore {
        ExactScore(numerator: Decimal(100 * part), denominator: whole)
    }

    /// The unweighted mean, kept exact.
    public static func mean(_ scores: [ExactScore]) -> ExactScore {
        precondition(!scores.isEmpty, "a mean needs values")
        let sum = scores.dropFirst().reduce(scores[0], +)
        return ExactScore(numerator: sum.numerator, denominator: sum.denominator * scores.count)
    }

    public static func + (lhs: ExactScore, rhs: ExactScore) -> ExactScore {
        if lhs.denominator == rhs.denominator {
            return ExactScore(numerator: lhs.numerator + rhs.numerator, denominator: lhs.denominator)
        }
        let common = leastCommonMultiple(lhs.denominator, rhs.denominator)
        return ExactScore(
            numerator: lhs.numerator * Decimal(common / lhs.denominator)
                + rhs.numerator * Decimal(common / rhs.denominator),
            denominator: common)
    }

    public static func * (lhs: ExactScore, factor: Decimal) -> ExactScore {
        ExactScore(numerator: lhs.numerator * factor, denominator: lhs.denominator)
    }

    public static func < (lhs: ExactScore, rhs: ExactScore) -> Bool {
        lhs.numerator * Decimal(rhs.denominator) < rhs.numerator * Decimal(lhs.denominator)
    }

    public static func == (lhs: ExactScore, rhs: ExactScore) -> Bool {
        lhs.numerator * Decimal(rhs.denominator) == rhs.numerator * Decimal(lhs.denominator)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rounded(places: 12))
    }

    /// The value rounded half up, as the official tables round: one division, then one rounding.
    public func rounded(places: Int = 2) -> Decimal {
        Rounding.halfUp(numerator / Decimal(denominator), places: places)
    }

    /// The value to 38 significant digits, for comparisons and display of unrounded figures.
    public var approximate: Decimal { numerator / Decimal(denominator) }

    public var description: String { "\(approximate)" }
}

private func leastCommonMultiple(_ a: Int, _ b: Int) -> Int {
    a / greatestCommonDivisor(a, b) * b
}

private func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
}

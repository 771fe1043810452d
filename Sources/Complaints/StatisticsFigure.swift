/// A published number: exact, "fewer than three", a range that hides an exact total, or withheld.
public enum StatisticsFigure: Hashable, Sendable {
    case exact(Int)
    /// 1 or 2: a cell small enough to point at one person.
    case fewerThanThree
    /// A total whose exact value would let a reader work out a small cell; the range follows from the
    /// published cells alone, so it tells nothing they do not.
    case range(Int, Int)
    /// Not published at all.
    case withheld

    /// The figure as printed; the same in Thai and English.
    public var text: String {
        switch self {
        case .exact(let value): String(value)
        case .fewerThanThree: "<3"
        case .range(let low, let high): "\(low)–\(high)"
        case .withheld: "—"
        }
    }

    public var isProtected: Bool {
        if case .exact = self { return false }
        return true
    }
}

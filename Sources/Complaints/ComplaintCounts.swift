import ThaiText

/// One fiscal year's complaints counted two ways, from plaintext metadata only (nothing is decrypted):
/// by month received × category, and by status × category.
public struct ComplaintCounts: Hashable, Sendable {
    public let fiscalYear: FiscalYear
    /// ต.ค. of the year before … ก.ย.
    public let months: [YearMonth]
    /// `byMonth[month][category]`, categories in `ComplaintCategory.allCases` order.
    public let byMonth: [[Int]]
    /// `byStatus[status][category]`, statuses in `ComplaintStatus.allCases` order.
    public let byStatus: [[Int]]

    public init(fiscalYear: FiscalYear, summaries: [ComplaintSummary]) {
        self.fiscalYear = fiscalYear
        months = fiscalYear.firstMonth.monthsThrough(fiscalYear.lastMonth)
        let categories = ComplaintCategory.allCases
        var byMonth = Array(repeating: Array(repeating: 0, count: categories.count), count: months.count)
        var byStatus = Array(repeating: Array(repeating: 0, count: categories.count), count: ComplaintStatus.allCases.count)
        for summary in summaries {
            guard let month = months.firstIndex(of: summary.receivedOn.yearMonth),
                  let category = categories.firstIndex(of: summary.category),
                  let status = ComplaintStatus.allCases.firstIndex(of: summary.status)
            else { continue }
            byMonth[month][category] += 1
            byStatus[status][category] += 1
        }
        self.byMonth = byMonth
        self.byStatus = byStatus
    }

    public var total: Int { byMonth.joined().reduce(0, +) }
}

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

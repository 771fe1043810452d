/// ปีงบประมาณ — a Thai fiscal year, October to September, named by its พ.ศ. year of ending.
///
/// FY2566 runs from 1 ต.ค. 2565 to 30 ก.ย. 2566.
public struct FiscalYear: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var buddhistEra: Int

    public init(_ buddhistEra: Int) {
        self.buddhistEra = buddhistEra
    }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.buddhistEra < rhs.buddhistEra }

    public var firstMonth: YearMonth { YearMonth(year: buddhistEra - 1, month: .october) }
    public var lastMonth: YearMonth { YearMonth(year: buddhistEra, month: .september) }
    /// The first half, October to March, which 6-month reports cover.
    public var firstHalf: MonthPeriod { MonthPeriod(start: firstMonth, end: firstMonth.adding(months: 5)) }
    public var period: MonthPeriod { MonthPeriod(start: firstMonth, end: lastMonth) }
    public var previous: FiscalYear { FiscalYear(buddhistEra - 1) }
    public var next: FiscalYear { FiscalYear(buddhistEra + 1) }
    /// The Christian-era year in which it ends.
    public var christianEra: Int { buddhistEra - 543 }

    public var description: String { "\(buddhistEra)" }
}

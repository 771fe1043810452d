/// A month of a Buddhist-era year, e.g. ต.ค. 2565.
public struct YearMonth: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// พ.ศ. year.
    public var year: Int
    public var month: ThaiMonth

    public init(year: Int, month: ThaiMonth) {
        self.year = year
        self.month = month
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month.rawValue) < (rhs.year, rhs.month.rawValue)
    }

    /// "ต.ค. 2565"
    public var thaiAbbreviated: String { "\(month.abbreviation) \(year)" }

    /// "ตุลาคม 2565"
    public var thaiFull: String { "\(month.fullName) \(year)" }

    /// "Oct 2022" — the Christian-era year for English readers.
    public var english: String { "\(month.englishAbbreviation) \(year - 543)" }

    public var description: String { thaiAbbreviated }

    /// The month `count` months later (or earlier, when negative).
    public func adding(months count: Int) -> YearMonth {
        let index = year * 12 + (month.rawValue - 1) + count
        return YearMonth(year: index / 12, month: ThaiMonth(rawValue: index % 12 + 1)!)
    }

    /// The fiscal year this month falls in: October starts the next one.
    public var fiscalYear: FiscalYear {
        FiscalYear(month >= .october ? year + 1 : year)
    }

    /// Months from this one to `other`, inclusive of both.
    public func monthsThrough(_ other: YearMonth) -> [YearMonth] {
        guard self <= other else { return [] }
        var months: [YearMonth] = []
        var current = self
        while current <= other {
            months.append(current)
            current = current.adding(months: 1)
        }
        return months
    }
}

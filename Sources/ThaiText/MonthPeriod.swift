/// ระยะเวลาดำเนินการ — an inclusive span of months, e.g. ต.ค. 2565 – ก.ย. 2566.
public struct MonthPeriod: Codable, Hashable, Sendable, CustomStringConvertible {
    public var start: YearMonth
    public var end: YearMonth

    public init(start: YearMonth, end: YearMonth) {
        self.start = start
        self.end = end
    }

    /// "ต.ค. 2565 - ก.ย. 2566", as the measures tables print it.
    public var thaiAbbreviated: String { "\(start.thaiAbbreviated) - \(end.thaiAbbreviated)" }

    public var english: String { "\(start.english) – \(end.english)" }

    public var description: String { thaiAbbreviated }

    public var isValid: Bool { start <= end }

    public var months: [YearMonth] { start.monthsThrough(end) }

    public func contains(_ month: YearMonth) -> Bool { start <= month && month <= end }

    /// The same span moved by whole years (used to start next year's plan from this year's).
    public func shifted(years: Int) -> MonthPeriod {
        MonthPeriod(start: start.adding(months: 12 * years), end: end.adding(months: 12 * years))
    }
}

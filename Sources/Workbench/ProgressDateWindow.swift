import ThaiText

/// The days a progress report on a measure may be dated: its period widened by two months on
/// each side (preparation before it starts, late reports after it ends), and never a day to come.
public struct ProgressDateWindow: Hashable, Sendable {
    /// Months allowed before the period starts and after it ends.
    public static let slackMonths = 2

    public var earliest: ThaiDate
    public var latest: ThaiDate

    public init(period: MonthPeriod, today: ThaiDate) {
        earliest = CalendarDate.firstDay(of: period.start.adding(months: -Self.slackMonths))
        latest = min(today, CalendarDate.lastDate(of: period.end.adding(months: Self.slackMonths)))
    }

    public func contains(_ date: ThaiDate) -> Bool { earliest <= date && date <= latest }

    /// False when the period lies wholly in the future, beyond its slack.
    public var isOpen: Bool { earliest <= latest }
}

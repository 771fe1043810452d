import ThaiText

/// Reading dates that people and browsers type, refusing days a calendar does not have.
public enum CalendarDate {
    /// "2022-11-05" (Christian era, as HTML date inputs send it) as a Thai date; nil for
    /// anything that is not a real day, such as 2023-02-29 or 2022-11-31.
    public static func parse(iso8601 text: String) -> ThaiDate? {
        guard text.count == 10, let date = ThaiDate(iso8601: text), date.day <= lastDay(of: date.yearMonth) else {
            return nil
        }
        return date
    }

    /// The number of days in a month. Leap years follow the Gregorian rule on the Christian-era year.
    public static func lastDay(of month: YearMonth) -> Int {
        switch month.month {
        case .april, .june, .september, .november: return 30
        case .february:
            let year = month.year - 543
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        default: return 31
        }
    }

    /// The first day of a month.
    public static func firstDay(of month: YearMonth) -> ThaiDate {
        ThaiDate(year: month.year, month: month.month, day: 1)
    }

    /// The last day of a month.
    public static func lastDate(of month: YearMonth) -> ThaiDate {
        ThaiDate(year: month.year, month: month.month, day: lastDay(of: month))
    }
}

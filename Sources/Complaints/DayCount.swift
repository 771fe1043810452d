import ThaiText

/// Whole days between two calendar days, through the Christian-era day number (no time zones involved).
public enum DayCount {
    public static func between(_ from: ThaiDate, _ to: ThaiDate) -> Int {
        number(to) - number(from)
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-days algorithm).
    static func number(_ date: ThaiDate) -> Int {
        let year = date.year - 543
        let month = date.month.rawValue
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

import ThaiText

/// Reads "ต.ค. 2565 - ก.ย. 2566" (also "ตุลาคม 2565 ถึง กันยายน 2566", "ต.ค. 65 – ก.ย. 66").
enum MonthPeriodParser {
    static let month = #"([\x{0E01}-\x{0E4C}][\x{0E01}-\x{0E4C}.]*)\s*([0-9๐-๙]{2,4})"#
    static let range = TextPattern(month + #"\s*(?:-|–|—|ถึง)\s*"# + month)
    static let single = TextPattern(month)

    static func parse(_ text: String) -> MonthPeriod? {
        if let match = range.firstMatch(in: text),
            let start = yearMonth(match.group(0), match.group(1)),
            let end = yearMonth(match.group(2), match.group(3))
        {
            return MonthPeriod(start: start, end: end)
        }
        return nil
    }

    /// A single month named in the text, for cells that give one month only.
    static func singleMonth(_ text: String) -> YearMonth? {
        single.matches(in: text).lazy.compactMap { yearMonth($0.group(0), $0.group(1)) }.first
    }

    private static func yearMonth(_ monthText: String?, _ yearText: String?) -> YearMonth? {
        guard let monthText, let yearText, let month = ThaiMonth(thai: monthText),
            var year = PlainDecimal.parseInt(yearText)
        else { return nil }
        // "65" in a Thai official table is พ.ศ. 2565.
        if year < 100 { year += 2500 }
        guard (2500...2700).contains(year) else { return nil }
        return YearMonth(year: year, month: month)
    }
}

import Foundation

/// A calendar day in the Buddhist era, formatted the Thai official way.
public struct ThaiDate: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// พ.ศ. year.
    public var year: Int
    public var month: ThaiMonth
    public var day: Int

    public init(year: Int, month: ThaiMonth, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// From a Christian-era year, month and day.
    public init?(christianYear: Int, month: Int, day: Int) {
        guard let thaiMonth = ThaiMonth(rawValue: month), (1...31).contains(day) else { return nil }
        self.init(year: christianYear + 543, month: thaiMonth, day: day)
    }

    public static func < (lhs: ThaiDate, rhs: ThaiDate) -> Bool {
        (lhs.year, lhs.month.rawValue, lhs.day) < (rhs.year, rhs.month.rawValue, rhs.day)
    }

    /// "1 ต.ค. 2565"
    public var thaiAbbreviated: String { "\(day) \(month.abbreviation) \(year)" }
    /// "1 ตุลาคม พ.ศ. 2565"
    public var thaiFull: String { "\(day) \(month.fullName) พ.ศ. \(year)" }
    /// "2022-10-01"
    public var iso8601: String {
        let y = String(year - 543)
        let m = month.rawValue < 10 ? "0\(month.rawValue)" : "\(month.rawValue)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    public var yearMonth: YearMonth { YearMonth(year: year, month: month) }

    public var description: String { thaiAbbreviated }

    /// Reads "2022-10-01" (Christian era, as HTML date inputs send it).
    public init?(iso8601 text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(christianYear: y, month: m, day: d)
    }
}

extension ThaiDate {
    /// The calendar day of a moment in Thailand (UTC+7, no daylight saving).
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(christianYear: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

import Foundation

enum ThaiDateNow {
    /// The fiscal year (พ.ศ.) a moment falls in, in Thailand.
    static func fiscalYear(_ date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return parts.year! + 543 + (parts.month! >= 10 ? 1 : 0)
    }
}

import Foundation
import ThaiText

/// The dates of the criteria calendar as people type and read them: "15/11/2569" in พ.ศ., while the
/// file keeps ISO Christian-era dates. ISO is accepted too; a year of 2400 or more is read as พ.ศ.
enum CriteriaDateField {
    /// "2026-11-15" from "15/11/2569", "15/11/2026", "2026-11-15" or "2569-11-15"; nil when it is no date.
    static func iso(from text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let day: Int, month: Int, year: Int
        if let match = trimmed.wholeMatch(of: /(\d{1,2})[\/.](\d{1,2})[\/.](\d{4})/) {
            (day, month, year) = (Int(match.1)!, Int(match.2)!, Int(match.3)!)
        } else if let match = trimmed.wholeMatch(of: /(\d{4})-(\d{1,2})-(\d{1,2})/) {
            (day, month, year) = (Int(match.3)!, Int(match.2)!, Int(match.1)!)
        } else {
            return nil
        }
        let christian = year >= 2400 ? year - 543 : year
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let components = DateComponents(year: christian, month: month, day: day)
        guard (1...12).contains(month), (1...31).contains(day), let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day
        else { return nil }
        return ThaiDate(christianYear: christian, month: month, day: day)?.iso8601
    }

    /// "15/11/2569" for the form, or the text as it is when it does not read.
    static func typed(_ iso: String) -> String {
        guard let date = ThaiDate(iso8601: iso) else { return iso }
        return "\(date.day)/\(date.month.rawValue)/\(date.year)"
    }

    /// "15 พ.ย. 2569 14:05 น." for a moment, in Thailand's time.
    static func moment(_ date: Date, _ t: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        let day = ThaiDate(date)
        return t("\(day.thaiAbbreviated) \(time) น.", "\(day.thaiAbbreviated) \(time)")
    }
}

import PostgresNIO
import Storage
import ThaiText

/// A Thai calendar day as a PostgreSQL `date`, so days sort and compare in SQL.
///
/// The binary form (days since 2000-01-01) is used both ways, so no server `DateStyle` can change what
/// is read back. A day the calendar does not have (30 February) is refused rather than rolled over.
struct PostgresDay: PostgresEncodable, PostgresDecodable, Sendable {
    var day: ThaiDate

    init(_ day: ThaiDate) {
        self.day = day
    }

    /// A month is stored as its first day.
    init(_ month: YearMonth) {
        day = ThaiDate(year: month.year, month: month.month, day: 1)
    }

    var yearMonth: YearMonth { day.yearMonth }

    /// Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch.
    private static let epochOffset = 10_957

    static var psqlType: PostgresDataType { .date }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) throws {
        let year = day.year - 543
        let days = Self.days(year: year, month: day.month.rawValue, day: day.day)
        guard Self.civil(days: days) == (year, day.month.rawValue, day.day) else {
            throw StorageError.conflict("\(day.iso8601) is not a calendar date")
        }
        buffer.writeInteger(Int32(days - Self.epochOffset))
    }

    init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        guard type == .date, format == .binary, buffer.readableBytes == 4, let stored = buffer.readInteger(as: Int32.self)
        else { throw PostgresDecodingError.Code.typeMismatch }
        let (year, month, dayOfMonth) = Self.civil(days: Int(stored) + Self.epochOffset)
        guard let thaiMonth = ThaiMonth(rawValue: month) else { throw PostgresDecodingError.Code.failure }
        day = ThaiDate(year: year + 543, month: thaiMonth, day: dayOfMonth)
    }

    // Howard Hinnant's proleptic Gregorian day arithmetic ("chrono-compatible low-level date algorithms"),
    // exact for every year and free of time zones.

    /// Days since 1970-01-01 of a Christian-era date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Christian-era date of a count of days since 1970-01-01.
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

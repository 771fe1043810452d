import Foundation
import PostgresNIO

/// A `Date` as a `timestamptz`, rounded to the nearest microsecond counted from 1970.
///
/// postgres-nio's own `Date` coding truncates a product taken from 2000-01-01, so a time such as
/// 12:00:00.123 can come back one microsecond early. Rounding in whole microseconds from the Unix epoch
/// gives back the identical `Date` for every time with at most six decimal places of seconds.
struct PostgresTimestamp: PostgresNonThrowingEncodable, PostgresDecodable, Sendable {
    var date: Date

    init(_ date: Date) {
        self.date = date
    }

    /// Microseconds between the Unix epoch and PostgreSQL's, 2000-01-01.
    private static let epochOffset: Int64 = 946_684_800_000_000

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        buffer.writeInteger(micros - Self.epochOffset)
    }

    init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        guard type == .timestamptz || type == .timestamp, format == .binary, buffer.readableBytes == 8,
              let micros = buffer.readInteger(as: Int64.self)
        else { throw PostgresDecodingError.Code.typeMismatch }
        date = Date(timeIntervalSince1970: Double(micros + Self.epochOffset) / 1_000_000)
    }
}

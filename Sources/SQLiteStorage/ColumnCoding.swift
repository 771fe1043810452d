import Foundation
import GRDB
import Storage
import ThaiText
import Workbench

/// How values that SQLite has no type for are written to columns (see `SQLiteStore.migrator`).
enum ColumnCoding {
    /// `Date`'s own value, so a round trip is exact to the last bit.
    static func seconds(_ date: Date) -> Double { date.timeIntervalSinceReferenceDate }

    /// "2565-11-05": พ.ศ. year, zero-padded, so dates sort as text.
    static func text(_ date: ThaiDate) -> String { "\(text(date.yearMonth))-\(twoDigits(date.day))" }

    /// "2565-10"
    static func text(_ month: YearMonth) -> String { "\(month.year)-\(twoDigits(month.month.rawValue))" }

    /// Sorted keys, so the same value is always the same text.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func thaiDate(_ text: String) -> ThaiDate? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let month = ThaiMonth(rawValue: parts[1]) else { return nil }
        return ThaiDate(year: parts[0], month: month, day: parts[2])
    }

    static func yearMonth(_ text: String) -> YearMonth? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, let month = ThaiMonth(rawValue: parts[1]) else { return nil }
        return YearMonth(year: parts[0], month: month)
    }

    private static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

extension Row {
    func value<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
        try decode(Value.self, forColumn: column)
    }

    func identifier<Entity>(_ column: String) throws -> Identifier<Entity> {
        let text: String = try value(column)
        guard let id = Identifier<Entity>(text) else { throw unreadable(column, text) }
        return id
    }

    func optionalIdentifier<Entity>(_ column: String) throws -> Identifier<Entity>? {
        let text: String? = try value(column)
        return try text.map { text in
            guard let id = Identifier<Entity>(text) else { throw unreadable(column, text) }
            return id
        }
    }

    func date(_ column: String) throws -> Date {
        Date(timeIntervalSinceReferenceDate: try value(column))
    }

    func thaiDate(_ column: String) throws -> ThaiDate {
        let text: String = try value(column)
        guard let date = ColumnCoding.thaiDate(text) else { throw unreadable(column, text) }
        return date
    }

    func yearMonth(_ column: String) throws -> YearMonth {
        let text: String = try value(column)
        guard let month = ColumnCoding.yearMonth(text) else { throw unreadable(column, text) }
        return month
    }

    func json<Value: Decodable>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        let text: String = try value(column)
        return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
    }

    func enumValue<Value: RawRepresentable<String>>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        let text: String = try value(column)
        guard let value = Value(rawValue: text) else { throw unreadable(column, text) }
        return value
    }

    private func unreadable(_ column: String, _ text: String) -> StorageError {
        .database("column \(column) holds an unreadable value: \(text)")
    }
}

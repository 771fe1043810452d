import Foundation
import Storage

/// The JSON of values kept in `jsonb` columns. `JSONEncoder` writes a `Decimal` with all its digits and
/// `jsonb` keeps them as `numeric`, so scores come back equal, never through `Double`.
enum PostgresJSON {
    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String, column: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StorageError.database("cannot read \(column) as \(Value.self): \(error)")
        }
    }
}

import Foundation
import PostgresNIO
import Storage

/// One pooled connection lent to a single repository call, with the few helpers every call needs.
struct PostgresLease {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs a statement. A violated constraint listed in `constraints` (by name) is thrown as its storage
    /// error, so the caller names the field the way the interface does.
    func execute(_ query: PostgresQuery, constraints: [String: StorageError] = [:]) async throws {
        do {
            try await connection.query(query, logger: logger)
        } catch let error as PSQLError {
            if let name = error.serverInfo?[.constraintName], let mapped = constraints[name] { throw mapped }
            throw error
        }
    }

    /// Every row of a query, decoded as the given column types.
    func fetch<each Column: PostgresDecodable>(
        _ query: PostgresQuery, as columns: (repeat each Column).Type
    ) async throws -> [(repeat each Column)] {
        var rows: [(repeat each Column)] = []
        for try await row in try await connection.query(query, logger: logger) {
            rows.append(try row.decode(columns))
        }
        return rows
    }

    /// The single column of every row. A one-element parameter pack does not come out as the plain
    /// column type, so one column has an overload of its own.
    func fetch<Column: PostgresDecodable>(_ query: PostgresQuery, as column: Column.Type) async throws -> [Column] {
        var values: [Column] = []
        for try await row in try await connection.query(query, logger: logger) {
            values.append(try row.decode(column))
        }
        return values
    }

    /// Whether a query returns any row. Every row is read, which leaves the connection ready for the next
    /// statement; callers select by key.
    func exists(_ query: PostgresQuery) async throws -> Bool {
        !(try await connection.query(query, logger: logger).collect().isEmpty)
    }
}

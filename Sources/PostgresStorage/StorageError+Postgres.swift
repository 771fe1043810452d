import PostgresNIO
import Storage

extension StorageError {
    /// The storage error for whatever a postgres-nio call threw. Errors the repositories raised
    /// themselves pass through; the rest become `.database` with the SQLSTATE and the server's message,
    /// never the query's bound values (a password hash may be among them).
    init(postgres error: any Error) {
        switch error {
        case let error as StorageError:
            self = error
        case let error as PostgresTransactionError:
            // The closure's error is the cause; a failed ROLLBACK after it adds nothing a caller can act on.
            let cause = error.closureError ?? error.commitError ?? error.beginError ?? error.rollbackError
            self = cause.map { StorageError(postgres: $0) } ?? .database("transaction failed")
        case let error as PSQLError:
            if let info = error.serverInfo {
                let state = info[.sqlState] ?? "?????"
                let constraint = info[.constraintName].map { " (\($0))" } ?? ""
                self = .database("\(state): \(info[.message] ?? "")\(constraint)")
            } else {
                self = .database("postgres-nio: \(error.code)")
            }
        case let error as PostgresDecodingError:
            self = .database("cannot decode column \(error.columnName) as \(error.targetType): \(error.code)")
        default:
            self = .database(String(describing: error))
        }
    }
}

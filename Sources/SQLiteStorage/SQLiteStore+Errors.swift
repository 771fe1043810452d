import GRDB
import Storage

extension SQLiteStore {
    /// Runs one statement, turning the constraint failures the interface names into `StorageError`s.
    /// `duplicates` is keyed by unique keys as SQLite names their columns, e.g. "agency.slug" or
    /// "fiscal_year.agency_id, fiscal_year.plan_year"; `missing` replaces a FOREIGN KEY failure.
    static func translatingConstraints<T>(
        duplicates: [String: StorageError] = [:], missing: StorageError? = nil, _ body: () throws -> T
    ) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_FOREIGNKEY:
                if let missing { throw missing }
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
                // SQLite words the failure "UNIQUE constraint failed: measure.id, measure.agency_id", naming
                // whichever index it checked first. An index that holds all of a unique key's columns can
                // only collide where the key does, so it reports that key's duplicate as well.
                let text = error.message?.components(separatedBy: "failed: ").last ?? ""
                let failed = Set(text.components(separatedBy: ", "))
                if let match = duplicates.first(where: { failed.isSuperset(of: $0.key.components(separatedBy: ", ")) }) {
                    throw match.value
                }
            default:
                break
            }
            throw error
        }
    }

    /// What a repository method throws: its own `StorageError`s and cancellation as they are,
    /// anything else (SQLite's errors, an unreadable JSON column) as `.database`.
    static func storageError(_ error: any Error) -> any Error {
        switch error {
        case let error as StorageError: error
        case let error as CancellationError: error
        default: StorageError.database(String(describing: error))
        }
    }
}

/// Why a storage call failed, in words a page can show.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A unique value is taken (a username, a slug, a fiscal year already started).
    case duplicate(field: String, value: String)
    /// The thing to change does not exist (or belongs to another agency).
    case notFound(entity: String, id: String)
    /// The change breaks a rule the store keeps (e.g. deleting a measure that has progress).
    case conflict(String)
    /// The database itself failed; the message is for the log, not the page.
    case database(String)

    public var description: String {
        switch self {
        case .duplicate(let field, let value): "duplicate \(field): \(value)"
        case .notFound(let entity, let id): "\(entity) \(id) not found"
        case .conflict(let reason): "conflict: \(reason)"
        case .database(let message): "database: \(message)"
        }
    }
}

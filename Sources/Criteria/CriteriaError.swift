/// Why a criteria file was rejected: the file, where in it, and what is wrong.
public struct CriteriaError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// A JSON path such as `items[12].indicator`, or empty for the whole file.
    public var path: String
    public var reason: String

    public init(file: String, path: String, reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    public var description: String {
        path.isEmpty ? "\(file): \(reason)" : "\(file): \(path): \(reason)"
    }
}

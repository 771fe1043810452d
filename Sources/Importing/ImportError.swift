/// Why an input could not be imported at all: the file, the line, the field, in Thai and English.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    public var fileName: String?
    /// 1-based line, when the problem is on one line (JSON errors name a path in `field` instead).
    public var line: Int?
    /// The field or JSON path, e.g. `score`, `indicators.11`.
    public var field: String
    public var messageTH: String
    public var messageEN: String

    public init(fileName: String? = nil, line: Int? = nil, field: String, messageTH: String, messageEN: String) {
        self.fileName = fileName
        self.line = line
        self.field = field
        self.messageTH = messageTH
        self.messageEN = messageEN
    }

    /// "file:line: field: Thai / English", leaving out the parts that are not known.
    public var description: String {
        var place = fileName ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        let prefix = place.isEmpty ? "" : place + ": "
        return "\(prefix)\(field): \(messageTH) / \(messageEN)"
    }

    /// The same error, naming the file it came from.
    func inFile(_ name: String?) -> ImportError {
        var copy = self
        if copy.fileName == nil { copy.fileName = name }
        return copy
    }
}

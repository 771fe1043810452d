/// Something the importer repaired, guessed or skipped, said in Thai and English so a person can check it.
public struct ImportWarning: Codable, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line of the source, when the warning is about one place.
    public var line: Int?
    /// Where in the imported value the warning applies, e.g. `recommendations[0].itemCode`.
    public var field: String
    public var messageTH: String
    public var messageEN: String

    public init(line: Int?, field: String, messageTH: String, messageEN: String) {
        self.line = line
        self.field = field
        self.messageTH = messageTH
        self.messageEN = messageEN
    }

    /// "line 37: recommendations[1].text: Thai / English"
    public var description: String {
        let place = line.map { "line \($0): " } ?? ""
        return "\(place)\(field): \(messageTH) / \(messageEN)"
    }
}

/// The text of a later message, reply or internal note.
public struct MessageContent: Codable, Hashable, Sendable {
    public var text: String
    /// The officer's display name, sealed with the reply so the reporter sees who answered only when the
    /// agency wants that; nil for the reporter.
    public var authorName: String?

    public init(text: String, authorName: String? = nil) {
        self.text = text
        self.authorName = authorName
    }
}

/// A forwarding record, sealed with the internal key.
public struct ForwardingContent: Codable, Hashable, Sendable {
    public var destination: ForwardingDestination
    /// The letter's number or the other body's case number.
    public var reference: String
    public var note: String
    public var authorName: String

    public init(destination: ForwardingDestination, reference: String, note: String, authorName: String) {
        self.destination = destination
        self.reference = reference
        self.note = note
        self.authorName = authorName
    }
}

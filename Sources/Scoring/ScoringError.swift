/// Why scores could not be computed: which field or item is wrong, in Thai and English.
public struct ScoringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The indicator, item or respondent concerned, e.g. "indicator 4", "I23", "respondent 12 / I4".
    public var subject: String
    public var messageTH: String
    public var messageEN: String

    public init(subject: String, messageTH: String, messageEN: String) {
        self.subject = subject
        self.messageTH = messageTH
        self.messageEN = messageEN
    }

    public var description: String { "\(subject): \(messageTH) / \(messageEN)" }
}

/// The language of a page: Thai first, English one click away.
public enum Language: String, Sendable, CaseIterable {
    case th
    case en

    /// The text for this language.
    public func callAsFunction(_ thai: String, _ english: String) -> String {
        self == .th ? thai : english
    }

    public var other: Language { self == .th ? .en : .th }

    /// The link text that switches to the other language, in that language.
    public var switchLabel: String { self == .th ? "English" : "ภาษาไทย" }
}

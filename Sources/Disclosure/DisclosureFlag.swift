import ThaiText

/// One reason an item would not be accepted, naming the item and, where there is one, the component,
/// in Thai and English.
public struct DisclosureFlag: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// Nothing published for the item.
        case emptyItem
        /// A required component is not ticked as shown.
        case missingComponent
        /// The period of the evidence is not given for an item whose year matters.
        case periodMissing
        /// The evidence covers the wrong fiscal year or the wrong half of it.
        case wrongPeriod
        /// Months of a monthly series are not published.
        case missingMonths
        /// A link is not on the agency's main domain.
        case offDomain
        /// A link did not answer, or answered with an error.
        case deadLink
    }

    public var kind: Kind
    public var itemCode: String
    /// The component concerned, e.g. "O2.6"; nil for flags about the whole item.
    public var componentID: String?
    public var messageTH: String
    public var messageEN: String
    /// The link concerned, for link flags.
    public var url: String?
    /// The months concerned, for a monthly series.
    public var months: [YearMonth]

    public init(
        kind: Kind, itemCode: String, componentID: String? = nil, messageTH: String, messageEN: String,
        url: String? = nil, months: [YearMonth] = []
    ) {
        self.kind = kind
        self.itemCode = itemCode
        self.componentID = componentID
        self.messageTH = messageTH
        self.messageEN = messageEN
        self.url = url
        self.months = months
    }
}

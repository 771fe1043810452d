import ThaiText

/// The plaintext metadata of one complaint, all that the statistics need.
public struct ComplaintSummary: Codable, Hashable, Sendable {
    public var category: ComplaintCategory
    public var status: ComplaintStatus
    public var receivedOn: ThaiDate

    public init(category: ComplaintCategory, status: ComplaintStatus, receivedOn: ThaiDate) {
        self.category = category
        self.status = status
        self.receivedOn = receivedOn
    }
}

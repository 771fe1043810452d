/// What a reporter writes, as sealed inside the report entry. Nothing here is ever stored in clear.
public struct ReportContent: Codable, Hashable, Sendable {
    /// A short subject line (optional).
    public var subject: String
    public var details: String
    /// Where and when it happened (optional).
    public var whenAndWhere: String
    /// Who was involved (optional).
    public var peopleInvolved: String
    /// Only when the reporter chose to give a way back to them.
    public var contact: ContactDetails?

    public init(subject: String, details: String, whenAndWhere: String, peopleInvolved: String, contact: ContactDetails?) {
        self.subject = subject
        self.details = details
        self.whenAndWhere = whenAndWhere
        self.peopleInvolved = peopleInvolved
        self.contact = contact
    }
}

import Foundation
import Workbench

/// A frozen answer sheet, kept as submitted: an appeal refers to the links as they were sent.
/// Storage only ever inserts these; nothing can change or remove one.
public struct DisclosureSubmission: Codable, Hashable, Sendable {
    public var id: Identifier<DisclosureSubmission>
    public var agencyID: Identifier<AgencyRecord>
    public var fiscalYear: Int
    public var submittedAt: Date
    public var submittedBy: String
    public var sheet: AnswerSheet
    /// Lower-case hex SHA-256 of `sheet.canonicalJSON`.
    public var sha256: String

    public init(
        id: Identifier<DisclosureSubmission>, agencyID: Identifier<AgencyRecord>, fiscalYear: Int, submittedAt: Date,
        submittedBy: String, sheet: AnswerSheet, sha256: String
    ) {
        self.id = id
        self.agencyID = agencyID
        self.fiscalYear = fiscalYear
        self.submittedAt = submittedAt
        self.submittedBy = submittedBy
        self.sheet = sheet
        self.sha256 = sha256
    }
}

import Foundation
import ThaiText
import Workbench

/// One sealed part of a complaint's history: the report, a reporter's addition, an officer's reply,
/// an internal note or a forwarding record. Entries are ordered by `sequence`, never by time of day.
public struct ComplaintEntry: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Hashable, Sendable {
        /// The report as first submitted.
        case report
        /// Information the reporter added later with the receipt.
        case reporterMessage
        /// An officer's answer, which the reporter reads.
        case officerReply
        /// An officer's note for the other officers; sealed with the internal key the reporter never gets.
        case internalNote
        /// A record of passing the case to the NACC, the district or another body; internal too.
        case forwarding

        /// Whether the reporter's key opens it (and the follow-up page shows it).
        public var reporterSees: Bool {
            switch self {
            case .report, .reporterMessage, .officerReply: true
            case .internalNote, .forwarding: false
            }
        }
    }

    public var id: Identifier<ComplaintEntry>
    public var complaintID: Identifier<ComplaintRecord>
    /// 0 for the report, then 1, 2, … in the order stored; the store assigns it.
    public var sequence: Int
    public var kind: Kind
    /// The officer who wrote it; nil for the reporter, whose identity is never recorded.
    public var authorID: Identifier<UserAccount>?
    public var day: ThaiDate
    /// The content, sealed with the report key (or the internal key for internal kinds).
    public var sealed: Data

    public init(
        id: Identifier<ComplaintEntry>, complaintID: Identifier<ComplaintRecord>, sequence: Int, kind: Kind,
        authorID: Identifier<UserAccount>?, day: ThaiDate, sealed: Data
    ) {
        self.id = id
        self.complaintID = complaintID
        self.sequence = sequence
        self.kind = kind
        self.authorID = authorID
        self.day = day
        self.sealed = sealed
    }
}

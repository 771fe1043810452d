import Foundation
import Workbench

/// A file sent with a report or a later message. Its name and type are sealed apart from its bytes,
/// so a case page can list files without opening every one of them.
public struct ComplaintAttachment: Codable, Hashable, Sendable {
    public var id: Identifier<ComplaintAttachment>
    public var complaintID: Identifier<ComplaintRecord>
    public var entryID: Identifier<ComplaintEntry>
    /// `AttachmentDescription` as JSON, sealed with the report key.
    public var sealedDescription: Data

    public init(
        id: Identifier<ComplaintAttachment>, complaintID: Identifier<ComplaintRecord>, entryID: Identifier<ComplaintEntry>,
        sealedDescription: Data
    ) {
        self.id = id
        self.complaintID = complaintID
        self.entryID = entryID
        self.sealedDescription = sealedDescription
    }
}

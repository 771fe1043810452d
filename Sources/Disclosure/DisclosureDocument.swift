import Foundation
import Workbench

/// A file uploaded for an OIT item; its bytes are stored once by SHA-256, like progress evidence.
public struct DisclosureDocument: Codable, Hashable, Sendable {
    public var id: Identifier<DisclosureDocument>
    public var agencyID: Identifier<AgencyRecord>
    public var fiscalYear: Int
    public var itemCode: String
    public var fileName: String
    /// The type found by sniffing the bytes, never the one the browser claimed.
    public var contentType: String
    public var size: Int
    /// Lower-case hex SHA-256 of the bytes.
    public var sha256: String
    public var uploadedAt: Date
    public var uploadedBy: String

    public init(
        id: Identifier<DisclosureDocument>, agencyID: Identifier<AgencyRecord>, fiscalYear: Int, itemCode: String,
        fileName: String, contentType: String, size: Int, sha256: String, uploadedAt: Date, uploadedBy: String
    ) {
        self.id = id
        self.agencyID = agencyID
        self.fiscalYear = fiscalYear
        self.itemCode = itemCode
        self.fileName = fileName
        self.contentType = contentType
        self.size = size
        self.sha256 = sha256
        self.uploadedAt = uploadedAt
        self.uploadedBy = uploadedBy
    }
}

/// A document on its way into storage: its record and its bytes.
public struct DisclosureUpload: Sendable {
    public var document: DisclosureDocument
    public var bytes: Data

    public init(document: DisclosureDocument, bytes: Data) {
        self.document = document
        self.bytes = bytes
    }
}

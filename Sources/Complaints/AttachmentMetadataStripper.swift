import Foundation

/// Removes what an attachment says about the person who made it, by type, before it is sealed.
public enum AttachmentMetadataStripper {
    public static let wordMimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    public static let excelMimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// A file it cannot read is returned as it came (it was already accepted by type).
    public static func strip(_ bytes: Data, mimeType: String) -> Data {
        switch mimeType {
        case "image/jpeg", "image/png": ImageMetadataStripper.strip(bytes, mimeType: mimeType)
        case wordMimeType, excelMimeType: OfficeMetadataStripper.strip(bytes) ?? bytes
        case "application/pdf": PDFMetadataStripper.strip(bytes)
        default: bytes
        }
    }
}

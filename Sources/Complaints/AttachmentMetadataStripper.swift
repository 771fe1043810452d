import Foundation
import Workbench

/// Removes what an attachment says about the person who made it, by type, before it is sealed.
public enum AttachmentMetadataStripper {
    /// A file it cannot read is returned as it came (it was already accepted by type).
    public static func strip(_ bytes: Data, kind: ContentSniffer.Kind) -> Data {
        switch kind {
        case ContentSniffer.jpeg, ContentSniffer.png: ImageMetadataStripper.strip(bytes, mimeType: kind.mimeType)
        case ContentSniffer.docx, ContentSniffer.xlsx: OfficeMetadataStripper.strip(bytes) ?? bytes
        case ContentSniffer.pdf: PDFMetadataStripper.strip(bytes)
        default: bytes
        }
    }
}

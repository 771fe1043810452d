import Foundation
import OfficePackage
import Workbench

/// Removes what an attachment says about the person who made it, by type, before it is sealed.
public enum AttachmentMetadataStripper {
    /// The cleaned bytes. Throws `AttachmentRefusal` for a Word or Excel file that inflates past `limits`
    /// (a zip bomb), having inflated no more than the limits; any other file it cannot read is returned
    /// as it came (it was already accepted by type).
    public static func cleaned(_ bytes: Data, kind: ContentSniffer.Kind, limits: ZipLimits = .attachment) throws(AttachmentRefusal) -> Data {
        switch kind {
        case ContentSniffer.docx, ContentSniffer.xlsx:
            do {
                return try OfficeMetadataStripper.cleaned(bytes, limits: limits)
            } catch let refusal as ZipRefusal {
                throw AttachmentRefusal(refusal: refusal, limits: limits)
            } catch {
                return bytes
            }
        default:
            return strip(bytes, kind: kind)
        }
    }

    /// A file it cannot read, or a Word or Excel file that would inflate past the attachment limits, is
    /// returned as it came; `cleaned(_:kind:limits:)` refuses the latter instead.
    public static func strip(_ bytes: Data, kind: ContentSniffer.Kind) -> Data {
        switch kind {
        case ContentSniffer.jpeg, ContentSniffer.png: ImageMetadataStripper.strip(bytes, mimeType: kind.mimeType)
        case ContentSniffer.docx, ContentSniffer.xlsx: OfficeMetadataStripper.strip(bytes) ?? bytes
        case ContentSniffer.pdf: PDFMetadataStripper.strip(bytes)
        default: bytes
        }
    }
}

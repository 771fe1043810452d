import Complaints
import Foundation
import Workbench

extension ComplaintSubmission {
    /// An accepted file without its makers' names; a Word or Excel file that unpacks to far more than a
    /// document does (a zip bomb) is refused with 413 naming it, after bounded work.
    static func cleanedBytes(_ bytes: Data, kind: ContentSniffer.Kind, fileName: String) throws -> Data {
        do {
            return try AttachmentMetadataStripper.cleaned(bytes, kind: kind)
        } catch {
            throw WebError(
                .contentTooLarge, field: "attachment", th: error.messageTH(fileName: fileName), en: error.messageEN(fileName: fileName))
        }
    }
}

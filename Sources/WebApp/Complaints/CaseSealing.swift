import ComplaintCrypto
import Complaints
import Foundation
import ThaiText
import Workbench

/// Sealing new parts of a case: entries and their attachments.
enum CaseSealing {
    static func entry(
        _ kind: ComplaintEntry.Kind, content: some Encodable, complaint: Identifier<ComplaintRecord>, keys: ComplaintKeys,
        author: Identifier<UserAccount>?, day: ThaiDate
    ) throws -> ComplaintEntry {
        let id = Identifier<ComplaintEntry>(UUID())
        let sealed = try ComplaintSealer.seal(
            json: content, with: try keys.key(for: kind), context: .entry(id: id, complaint: complaint, kind: kind))
        return ComplaintEntry(id: id, complaintID: complaint, sequence: 0, kind: kind, authorID: author, day: day, sealed: sealed)
    }

    static func attachments(
        _ files: [ComplaintSubmission.File], entry: ComplaintEntry, keys: ComplaintKeys
    ) throws -> [AttachmentUpload] {
        try files.map { file in
            let id = Identifier<ComplaintAttachment>(UUID())
            let description = AttachmentDescription(fileName: file.fileName, contentType: file.kind.mimeType, size: file.bytes.count)
            return AttachmentUpload(
                attachment: ComplaintAttachment(
                    id: id, complaintID: entry.complaintID, entryID: entry.id,
                    sealedDescription: try ComplaintSealer.seal(
                        json: description, with: keys.report, context: .attachmentDescription(id, complaint: entry.complaintID))),
                sealedBytes: try ComplaintSealer.seal(file.bytes, with: keys.report, context: .attachmentBytes(id, complaint: entry.complaintID)))
        }
    }
}

import ComplaintCrypto
import Complaints
import Foundation
import Storage
import ThaiText
import Workbench

/// A case with its sealed parts opened, for one reader: an officer (every entry) or the reporter
/// (only what the report key opens). Lives only for the request that renders it.
struct OpenedCase: Sendable {
    enum Content: Sendable {
        case report(ReportContent)
        case message(MessageContent)
        case forwarding(ForwardingContent)
    }

    struct Entry: Sendable {
        var entry: ComplaintEntry
        var content: Content
        var attachments: [Attachment]
    }

    struct Attachment: Sendable {
        var id: Identifier<ComplaintAttachment>
        var description: AttachmentDescription
    }

    var record: ComplaintRecord
    var keys: ComplaintKeys
    var entries: [Entry]

    var report: ReportContent? {
        for entry in entries { if case .report(let report) = entry.content { return report } }
        return nil
    }

    /// Opens every entry the keys can open; with the reporter's keys the officers' entries are left out
    /// before any opening is tried.
    static func open(_ record: ComplaintRecord, keys: ComplaintKeys, repository: any ComplaintRepository) async throws -> OpenedCase {
        let forReporter = keys.officersOnly == nil
        let entries = try await repository.fetchEntries(complaint: record.id).filter { !forReporter || $0.kind.reporterSees }
        let attachments = try await repository.fetchAttachments(complaint: record.id)
        var opened: [Entry] = []
        for entry in entries {
            let key = try keys.key(for: entry.kind)
            let context = SealingContext.entry(entry)
            let content: Content = switch entry.kind {
            case .report: .report(try ComplaintSealer.open(json: ReportContent.self, entry.sealed, with: key, context: context))
            case .forwarding: .forwarding(try ComplaintSealer.open(json: ForwardingContent.self, entry.sealed, with: key, context: context))
            case .reporterMessage, .officerReply, .internalNote:
                .message(try ComplaintSealer.open(json: MessageContent.self, entry.sealed, with: key, context: context))
            }
            let files = try attachments.filter { $0.entryID == entry.id }.map { attachment in
                Attachment(
                    id: attachment.id,
                    description: try ComplaintSealer.open(
                        json: AttachmentDescription.self, attachment.sealedDescription, with: keys.report,
                        context: .attachmentDescription(attachment.id, complaint: record.id)))
            }
            opened.append(Entry(entry: entry, content: content, attachments: files))
        }
        return OpenedCase(record: record, keys: keys, entries: opened)
    }
}

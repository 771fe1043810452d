import ComplaintCrypto
import Complaints
import Foundation
import Hummingbird
import Workbench

/// One attachment of a case, opened with the officer's key and sent as a download; the page and the
/// API both come here, so both check the same things and both leave the same audit event.
enum ComplaintAttachmentDownload {
    static func respond(_ request: Request, _ context: AppRequestContext, _ services: ComplaintServices) async throws -> Response {
        let officerCase = try await OfficerCase.resolve(request, context, services)
        let keys = try officerCase.requireKeys()
        guard let id = context.parameters.get("attachment").flatMap(Identifier<ComplaintAttachment>.init),
              let attachment = try await services.repository.fetchAttachments(complaint: officerCase.record.id).first(where: { $0.id == id }),
              let sealed = try await services.repository.fetchAttachmentBytes(id: id, complaint: officerCase.record.id)
        else { throw WebError.notFound }
        let description = try ComplaintSealer.open(
            json: AttachmentDescription.self, attachment.sealedDescription, with: keys.report,
            context: .attachmentDescription(id, complaint: officerCase.record.id))
        let bytes = try ComplaintSealer.open(sealed, with: keys.report, context: .attachmentBytes(id, complaint: officerCase.record.id))
        let environment = services.environment
        try await environment.repositories.audit.insertAuditEvent(.note(
            "download", entity: "complaint", entityID: officerCase.record.id.description, agencyID: officerCase.agency.id,
            actor: officerCase.identity.actor(at: environment.now())))
        // Always a download, never shown inline: a file from outside must not run in this site's pages.
        return PageResponse.download(bytes, type: description.contentType, fileName: description.fileName)
    }
}

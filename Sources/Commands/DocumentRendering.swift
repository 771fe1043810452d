import Criteria
import Documents
import Foundation
import Planning

/// Renders a plan in one of the document formats, with errors the commands can print.
enum DocumentRendering {
    enum Format: String, CaseIterable {
        case html, docx, pdf
    }

    static func render(_ plan: MeasuresPlan, as format: Format, catalog: CriteriaCatalog) throws -> Data {
        let criteria = try catalog.criteria(for: plan.assessedYear)
        let document: MeasuresDocument
        do {
            document = try MeasuresDocument(plan: plan, criteria: criteria)
        } catch {
            throw CommandFailure(location: error.subject, messageTH: error.messageTH, messageEN: error.messageEN)
        }
        switch format {
        case .html:
            return Data(MeasuresDocumentHTML(document: document).page().utf8)
        case .docx:
            do {
                return try MeasuresDocumentDOCX(document: document).data()
            } catch {
                throw CommandFailure(location: "docx", messageTH: "สร้างไฟล์ .docx ไม่สำเร็จ", messageEN: "the .docx could not be written: \(error)")
            }
        case .pdf:
            do {
                return try PDFRenderer().renderPDF(document)
            } catch {
                throw CommandFailure(location: "pdf", messageTH: error.messageTH, messageEN: error.messageEN)
            }
        }
    }
}

import Complaints
@testable import Documents
import Foundation
import Testing
import OfficePackage
import Workbench

/// A reporter's Word file and the PDF made from it, through the real tools: LibreOffice writes the author
/// into the PDF as an office PC would, the strippers take it out, and both files still open with their text.
@Suite struct AttachmentMetadataTests {
    static let author = "สมชาย ใจดี"

    /// The seed's measures document as if saved by a named clerk: author and last editor in its properties.
    static func authoredDOCX() throws -> Data {
        let docx = MeasuresDocumentDOCX(document: try MeasuresDocument(plan: SeedPlan.plan, criteria: SeedPlan.criteria))
        let parts = docx.parts.map { part -> (path: String, data: Data) in
            guard part.path == "docProps/core.xml" else { return part }
            let core = String(decoding: part.data, as: UTF8.self).replacingOccurrences(
                of: "<dc:creator>Prongsai</dc:creator>",
                with: "<dc:creator>\(author)</dc:creator><cp:lastModifiedBy>\(author)</cp:lastModifiedBy>")
            return (part.path, Data(core.utf8))
        }
        return try ZipPackage.data(parts)
    }

    /// Every part of a package, unzipped and joined: the zip itself holds them compressed.
    static func unzippedText(_ package: Data) throws -> String {
        try ZipPackage.parts(of: package).map { String(decoding: $0.data, as: UTF8.self) }.joined()
    }

    @Test(.enabled(if: ToolRequirement.libreOfficeRunnable, "LibreOffice or pdftotext is not installed"))
    func theAuthorLeavesWordAndPDFAndBothStillOpen() throws {
        guard ToolRequirement.check(ToolRequirement.tools.libreOffice, "LibreOffice", package: "libreoffice-writer-nogui"),
              ToolRequirement.check(ToolRequirement.pdftotext, "pdftotext", package: "poppler-utils") else { return }
        let renderer = PDFRenderer(tools: ToolRequirement.tools)
        let docx = try Self.authoredDOCX()

        // As the clerk's PC would send it: the PDF names her.
        let pdf = try renderer.convertDOCX(docx)
        #expect(try ToolRequirement.info(ofPDF: pdf).contains(Self.author), "LibreOffice did not write the author")

        let cleanPDF = AttachmentMetadataStripper.strip(pdf, kind: ContentSniffer.pdf)
        #expect(cleanPDF.count == pdf.count)
        let info = try ToolRequirement.info(ofPDF: cleanPDF)
        #expect(info.contains("Pages:"), "pdfinfo cannot read the stripped PDF: \(info)")
        #expect(!info.contains(Self.author))
        #expect(TextChecks.squeezed(try ToolRequirement.text(ofPDF: cleanPDF)).contains("73.35"))

        let cleanDOCX = AttachmentMetadataStripper.strip(docx, kind: ContentSniffer.docx)
        #expect(try Self.unzippedText(docx).contains(Self.author))
        #expect(!(try Self.unzippedText(cleanDOCX)).contains(Self.author))
        let reopened = try renderer.convertDOCX(cleanDOCX)
        #expect(!(try ToolRequirement.info(ofPDF: reopened)).contains(Self.author))
        let text = TextChecks.squeezed(try ToolRequirement.text(ofPDF: reopened))
        for needle in ["73.35", SeedPlan.measureTitles[3], "ต.ค. 2565"] {
            #expect(text.contains(TextChecks.squeezed(needle)), "the stripped .docx lost \(needle)")
        }
    }
}

import Documents
import Foundation
import Testing

@Suite struct ProgressReportPDFTests {
    let report = ProgressReportFixture.report

    @Test(.enabled(if: ToolRequirement.libreOfficeRunnable, "LibreOffice or pdftotext is not installed"))
    func libreOfficeConvertsTheDOCXWithItsProgressAndThaiDates() throws {
        guard ToolRequirement.check(ToolRequirement.tools.libreOffice, "LibreOffice", package: "libreoffice-writer-nogui"),
              ToolRequirement.check(ToolRequirement.pdftotext, "pdftotext", package: "poppler-utils") else { return }
        let renderer = PDFRenderer(tools: ToolRequirement.tools)
        let pdf = try renderer.convertDOCX(try ReportDOCX(report).data())
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let text = TextChecks.squeezed(try ToolRequirement.text(ofPDF: pdf))
        for needle in [
            ProgressReportFixture.briefing, "5 พ.ย. 2565", "ข้อมูล ณ วันที่ 31 มีนาคม พ.ศ. 2566", "3a7bd3e2360a",
            "สรุปผลการดำเนินการตามมาตรการ",
        ] {
            #expect(text.contains(TextChecks.squeezed(needle)), "the PDF lacks \(needle)")
        }
    }

    @Test(.enabled(if: ToolRequirement.chromiumRunnable, "Chromium or pdftotext is not installed"))
    func chromiumPrintsTheHTML() throws {
        guard ToolRequirement.check(ToolRequirement.tools.chromium, "chromium", package: "chromium"),
              ToolRequirement.check(ToolRequirement.pdftotext, "pdftotext", package: "poppler-utils") else { return }
        let pdf = try PDFRenderer(tools: ToolRequirement.tools).renderPDF(report)
        let text = TextChecks.squeezed(try ToolRequirement.text(ofPDF: pdf))
        #expect(text.contains(TextChecks.squeezed(ProgressReportFixture.published)))
        #expect(text.contains(TextChecks.squeezed("20 ธ.ค. 2565")))
    }

    /// Writes the O43 and meeting documents for looking at by eye (see PreviewOutput).
    @Test(.enabled(if: PreviewOutput.folder != nil, "set PRONGSAI_DOCUMENTS_PREVIEW=<folder> to write previews"))
    func writePreviews() throws {
        let folder = URL(fileURLWithPath: try #require(PreviewOutput.folder), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let meeting = ProgressReportFixture.novemberMeeting
        try Data(ReportHTML(report).page().utf8).write(to: folder.appendingPathComponent("o43.html"))
        try ReportDOCX(report).data().write(to: folder.appendingPathComponent("o43.docx"))
        try ReportDOCX(meeting).data().write(to: folder.appendingPathComponent("meeting.docx"))
        let tools = PDFRenderer.Tools.installed()
        if tools.chromium != nil {
            try PDFRenderer(tools: tools).renderPDF(report).write(to: folder.appendingPathComponent("o43-chromium.pdf"))
            try PDFRenderer(tools: tools).renderPDF(meeting).write(to: folder.appendingPathComponent("meeting-chromium.pdf"))
        }
        if let office = tools.libreOffice {
            let renderer = PDFRenderer(tools: .init(chromium: nil, libreOffice: office))
            try renderer.renderPDF(report).write(to: folder.appendingPathComponent("o43-libreoffice.pdf"))
            try renderer.convertDOCX(try ReportDOCX(report).data()).write(to: folder.appendingPathComponent("o43-docx-libreoffice.pdf"))
            try renderer.renderPDF(meeting).write(to: folder.appendingPathComponent("meeting-libreoffice.pdf"))
        }
    }
}

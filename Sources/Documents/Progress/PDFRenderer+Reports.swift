import Foundation

extension PDFRenderer {
    /// A progress document as PDF: Chromium prints its HTML; without Chromium, LibreOffice converts
    /// its .docx set in the bundled Sarabun (the reasons are those of `renderPDF(_:)` for O42).
    public func renderPDF(_ report: some ReportLayout) throws(PDFRenderError) -> Data {
        if tools.chromium != nil {
            return try printHTML(ReportHTML(report).page(fonts: .embedded))
        }
        if tools.libreOffice != nil {
            let docx: Data
            do {
                docx = try ReportDOCX(report, typography: .sarabun).data()
            } catch {
                throw PDFRenderError(
                    kind: .fileSystem, messageTH: "สร้างไฟล์ .docx ไม่สำเร็จ",
                    messageEN: "could not build the .docx", toolOutput: "\(error)")
            }
            return try convertDOCX(docx)
        }
        throw PDFRenderError.noRenderer
    }
}

import Documents
import Foundation
import Testing

/// Writes the seed's documents to the folder in `PRONGSAI_DOCUMENTS_PREVIEW`, for looking at
/// them by eye (Chromium, LibreOffice, pdftoppm). Does nothing when the variable is unset.
@Suite struct PreviewOutput {
    static let folder = ProcessInfo.processInfo.environment["PRONGSAI_DOCUMENTS_PREVIEW"]

    @Test(.enabled(if: folder != nil, "set PRONGSAI_DOCUMENTS_PREVIEW=<folder> to write previews"))
    func writeSeedDocuments() throws {
        let folder = URL(fileURLWithPath: try #require(Self.folder), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let document = try MeasuresDocument(plan: SeedPlan.plan, criteria: SeedPlan.criteria)
        try Data(MeasuresDocumentHTML(document: document).page().utf8)
            .write(to: folder.appendingPathComponent("seed.html"))
        try Data(IndicatorChartSVG.svg(document.chart).utf8).write(to: folder.appendingPathComponent("chart.svg"))
        try IndicatorChartPNG.png(document.chart).write(to: folder.appendingPathComponent("chart.png"))
        try MeasuresDocumentDOCX(document: document).data().write(to: folder.appendingPathComponent("seed.docx"))
        let tools = PDFRenderer.Tools.installed()
        if tools.chromium != nil {
            try PDFRenderer(tools: tools).renderPDF(document).write(to: folder.appendingPathComponent("seed-chromium.pdf"))
        }
        if let office = tools.libreOffice {
            try PDFRenderer(tools: .init(chromium: nil, libreOffice: office)).renderPDF(document)
                .write(to: folder.appendingPathComponent("seed-libreoffice.pdf"))
        }
    }
}

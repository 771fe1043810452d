@testable import Documents
import Foundation
import Testing

@Suite struct PDFRendererTests {
    let document = try! MeasuresDocument(plan: SeedPlan.plan, criteria: SeedPlan.criteria)

    /// What must survive the trip to PDF: the total, Thai words, a measure title, a period.
    func expectSeedText(in pdf: Data, _ tool: String) throws {
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let text = TextChecks.squeezed(try ToolRequirement.text(ofPDF: pdf))
        for needle in ["73.35", "29.94", "มาตรการ", SeedPlan.measureTitles[3], "ต.ค. 2565", "สำนักปลัด"] {
            #expect(text.contains(TextChecks.squeezed(needle)), "\(tool) PDF lacks \(needle)")
        }
    }

    @Test(.enabled(if: ToolRequirement.chromiumRunnable, "Chromium or pdftotext is not installed"))
    func chromiumPrintsTheHTML() throws {
        guard ToolRequirement.check(ToolRequirement.tools.chromium, "chromium", package: "chromium"),
              ToolRequirement.check(ToolRequirement.pdftotext, "pdftotext", package: "poppler-utils") else { return }
        let renderer = PDFRenderer(tools: ToolRequirement.tools)
        let pdf = try renderer.printHTML(MeasuresDocumentHTML(document: document).page())
        try expectSeedText(in: pdf, "Chromium")
        let text = TextChecks.squeezed(try ToolRequirement.text(ofPDF: pdf))
        #expect(text.contains(TextChecks.squeezed("เป้าหมาย 85")), "the chart's pass-mark label is missing")
    }

    @Test(.enabled(if: ToolRequirement.libreOfficeRunnable, "LibreOffice or pdftotext is not installed"))
    func libreOfficeConvertsTheDOCX() throws {
        guard ToolRequirement.check(ToolRequirement.tools.libreOffice, "LibreOffice", package: "libreoffice-writer-nogui"),
              ToolRequirement.check(ToolRequirement.pdftotext, "pdftotext", package: "poppler-utils") else { return }
        let renderer = PDFRenderer(tools: ToolRequirement.tools)
        let pdf = try renderer.convertDOCX(try MeasuresDocumentDOCX(document: document).data())
        try expectSeedText(in: pdf, "LibreOffice")
    }

    @Test(.enabled(if: ToolRequirement.libreOfficeRunnable, "LibreOffice or pdftotext is not installed"))
    func withoutChromiumTheDocumentGoesThroughLibreOfficeWithItsChartLabels() throws {
        guard ToolRequirement.check(ToolRequirement.tools.libreOffice, "LibreOffice", package: "libreoffice-writer-nogui"),
              ToolRequirement.check(ToolRequirement.pdftotext, "pdftotext", package: "poppler-utils") else { return }
        let renderer = PDFRenderer(tools: .init(chromium: nil, libreOffice: ToolRequirement.tools.libreOffice))
        let pdf = try renderer.renderPDF(document)
        try expectSeedText(in: pdf, "LibreOffice")
        // The SVG chart (not the unlabelled PNG) was drawn: its Thai legend is in the PDF.
        let text = TextChecks.squeezed(try ToolRequirement.text(ofPDF: pdf))
        #expect(text.contains(TextChecks.squeezed("ต่ำกว่าเป้าหมาย")))
    }

    @Test(.enabled(if: ToolRequirement.libreOfficeRunnable, "LibreOffice or pdftotext is not installed"))
    func concurrentConversionsKeepTheirProfilesApart() async throws {
        guard ToolRequirement.check(ToolRequirement.tools.libreOffice, "LibreOffice", package: "libreoffice-writer-nogui")
        else { return }
        let renderer = PDFRenderer(tools: ToolRequirement.tools)
        let docx = try MeasuresDocumentDOCX(document: document).data()
        // A shared LibreOffice profile makes the second of two simultaneous conversions fail.
        async let first = Task.detached { try renderer.convertDOCX(docx) }.value
        async let second = Task.detached { try renderer.convertDOCX(docx) }.value
        let (a, b) = try await (first, second)
        #expect(a.starts(with: Data("%PDF".utf8)) && b.starts(with: Data("%PDF".utf8)))
    }

    @Test func withoutToolsTheErrorSaysWhatToInstall() {
        let renderer = PDFRenderer(tools: .init(chromium: nil, libreOffice: nil))
        #expect {
            try renderer.renderPDF(document)
        } throws: { error in
            guard let error = error as? PDFRenderError else { return false }
            return error.kind == .noRenderer
                && error.messageTH.contains("ติดตั้ง") && error.messageTH.contains("Chromium")
                && error.messageEN.contains("chromium") && error.messageEN.contains("libreoffice-writer-nogui")
        }
    }

    @Test func findsToolsByNameOnTheSearchPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("chromium-browser")
        try Data("#!/bin/sh\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let found = PDFRenderer.Tools.find(searchPath: "/nonexistent:\(folder.path)")
        #expect(found.chromium?.path == fake.path)
        #expect(found.libreOffice == nil)
    }

    @Test func stopsAToolThatRunsPastTheTimeout() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-sleep-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let started = ContinuousClock.now
        let outcome = try ToolProcess(
            executable: URL(fileURLWithPath: "/bin/sleep"), arguments: ["30"], logFile: log, environment: nil
        ).run(timeout: .milliseconds(300))
        #expect(outcome == .timedOut)
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}

import Foundation

/// Makes PDFs with an installed tool: Chromium prints the HTML (the same page the web shows);
/// without Chromium, LibreOffice converts the .docx. The only part of Documents that does I/O.
///
/// Each call works in a fresh temporary folder, with its own browser or office profile so that
/// concurrent calls never share state, and removes the folder afterwards. Calls block until the
/// tool finishes (about 1–3 s) or the timeout stops it.
public struct PDFRenderer: Sendable {
    /// The executables found, by absolute path.
    public struct Tools: Hashable, Sendable {
        public var chromium: URL?
        public var libreOffice: URL?

        public init(chromium: URL?, libreOffice: URL?) {
            self.chromium = chromium
            self.libreOffice = libreOffice
        }

        static let chromiumNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        static let libreOfficeNames = ["soffice", "libreoffice"]

        /// Looks the tools up in a PATH-style list of folders, first match wins.
        public static func find(searchPath: String) -> Tools {
            let folders = searchPath.split(separator: ":").map(String.init)
            func first(_ names: [String]) -> URL? {
                for name in names {
                    for folder in folders {
                        let path = (folder as NSString).appendingPathComponent(name)
                        if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
                    }
                }
                return nil
            }
            return Tools(chromium: first(chromiumNames), libreOffice: first(libreOfficeNames))
        }

        /// The tools on this process's PATH.
        public static func installed() -> Tools {
            find(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
        }
    }

    public var tools: Tools
    public var timeout: Duration

    public init(tools: Tools = .installed(), timeout: Duration = .seconds(120)) {
        self.tools = tools
        self.timeout = timeout
    }

    /// The document as PDF: printed from HTML by Chromium, or else converted from .docx by LibreOffice.
    public func renderPDF(_ document: MeasuresDocument) throws(PDFRenderError) -> Data {
        if tools.chromium != nil {
            return try printHTML(MeasuresDocumentHTML(document: document).page(fonts: .embedded))
        }
        if tools.libreOffice != nil {
            // LibreOffice 7.x ignores the svgBlip extension, so it gets the SVG as the picture itself.
            // It is also given the bundled Sarabun (see convertDOCX) and a .docx set in it: with the
            // TH Sarabun New of the Word file it would substitute Laksaman at 1.5× the size, and
            // it clips (rather than splits) a row that cannot split and no longer fits a page.
            let docx: Data
            do {
                docx = try MeasuresDocumentDOCX(document: document, chartEmbedding: .svgOnly, typography: .sarabun).data()
            } catch {
                throw PDFRenderError(
                    kind: .fileSystem, messageTH: "สร้างไฟล์ .docx ไม่สำเร็จ",
                    messageEN: "could not build the .docx", toolOutput: "\(error)")
            }
            return try convertDOCX(docx)
        }
        throw PDFRenderError.noRenderer
    }

    /// Prints a self-contained HTML page to PDF with headless Chromium (A4 and margins come from its CSS).
    public func printHTML(_ html: String) throws(PDFRenderError) -> Data {
        guard let chromium = tools.chromium else { throw PDFRenderError.missing("Chromium", package: "chromium") }
        return try inTemporaryFolder { folder throws(PDFRenderError) in
            let page = folder.appendingPathComponent("document.html")
            let pdf = folder.appendingPathComponent("document.pdf")
            try write(Data(html.utf8), to: page)
            let tool = ToolProcess(
                executable: chromium,
                arguments: [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--user-data-dir=" + folder.appendingPathComponent("profile").path,
                    "--no-pdf-header-footer", "--print-to-pdf=" + pdf.path, page.absoluteString,
                ],
                logFile: folder.appendingPathComponent("chromium.log"),
                environment: privateHome(folder))
            return try runAndRead(tool, name: "Chromium", output: pdf)
        }
    }

    /// Converts a .docx to PDF with headless LibreOffice, in a private user profile, with the
    /// bundled Sarabun installed for that run only (in the private home's ~/.fonts).
    public func convertDOCX(_ docx: Data) throws(PDFRenderError) -> Data {
        guard let office = tools.libreOffice else {
            throw PDFRenderError.missing("LibreOffice", package: "libreoffice-writer-nogui")
        }
        return try inTemporaryFolder { folder throws(PDFRenderError) in
            let input = folder.appendingPathComponent("document.docx")
            let outputFolder = folder.appendingPathComponent("out")
            try write(docx, to: input)
            try installSarabun(in: folder.appendingPathComponent("home/.fonts"))
            let tool = ToolProcess(
                executable: office,
                arguments: [
                    "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                    "--headless", "--norestore", "--nologo", "--nolockcheck",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", outputFolder.path, input.path,
                ],
                logFile: folder.appendingPathComponent("libreoffice.log"),
                environment: privateHome(folder))
            return try runAndRead(tool, name: "LibreOffice", output: outputFolder.appendingPathComponent("document.pdf"))
        }
    }
}

import Documents
import Foundation
import Hummingbird
import NIOPosix
import Storage

/// Sends a document in the format asked for: the print page, a .docx, or a PDF made off the
/// event loop (Chromium or LibreOffice takes a second or two).
struct DocumentDelivery: Sendable {
    /// What to deliver.
    enum Source: Sendable {
        case measures(MeasuresDocument)
        case report(any ReportLayout)
    }

    var renderer: PDFRenderer
    /// Every PDF is made inside this bound (signed-in and public alike).
    var limiter: HeavyWorkLimiter
    /// PDFs by the hash of what is rendered; nil renders every time (signed-in documents change often).
    var cache: ReadCache<String, Data>? = nil

    /// `base` is the document's path without extension, `fileName` its download name without one.
    func respond(
        _ source: Source, format: DocumentFormat, request: Request, base: String, query: String, back: String,
        fileName: String
    ) async throws -> Response {
        switch format {
        case .html:
            if request.uri.queryParameters.get("download") != nil {
                return PageResponse.download(Data(selfContained(source).utf8), type: "text/html; charset=utf-8", fileName: fileName + ".html")
            }
            let (title, body) = article(source)
            return PageResponse.html(DocumentPrintPage.page(title: title, body: body, base: base, query: query, back: back))
        case .docx:
            let data: Data
            switch source {
            case .measures(let document): data = try MeasuresDocumentDOCX(document: document).data()
            case .report(let report): data = try ReportDOCX(report).data()
            }
            return PageResponse.download(data, type: DocumentFormat.docxType, fileName: fileName + ".docx")
        case .pdf:
            return PageResponse.download(try await pdf(source), type: "application/pdf", fileName: fileName + ".pdf")
        }
    }

    func pdf(_ source: Source) async throws -> Data {
        guard let cache else { return try await render(source, html: nil) }
        // The key is the content itself, so a change to the plan makes a new PDF and nothing else does.
        let html = selfContained(source)
        let key = "pdf|" + EvidenceIntake.sha256(Data(html.utf8))
        return try await cache.shared(key) { try await render(source, html: html) }
    }

    /// One render, within the heavy-work bound, off the event loop.
    private func render(_ source: Source, html: String?) async throws -> Data {
        let renderer = renderer
        do {
            return try await limiter.run {
                try await NIOThreadPool.singleton.runIfActive {
                    if renderer.tools.chromium != nil, let html { return try renderer.printHTML(html) }
                    switch source {
                    case .measures(let document): return try renderer.renderPDF(document)
                    case .report(let report): return try renderer.renderPDF(report)
                    }
                }
            }
        } catch let error as PDFRenderError {
            throw Self.webError(error)
        }
    }

    /// No renderer, or one that did not finish in time, is the server's state: 503, so the reader
    /// knows to ask the administrator or try again. A tool that failed outright is a 500.
    static func webError(_ error: PDFRenderError) -> WebError {
        switch error.kind {
        case .noRenderer, .timedOut:
            WebError(.serviceUnavailable, th: error.messageTH, en: error.messageEN)
        case .toolFailed, .fileSystem:
            WebError(.internalServerError, th: error.messageTH, en: error.messageEN)
        }
    }

    func article(_ source: Source) -> (title: String, body: String) {
        switch source {
        case .measures(let document):
            (document.titleLines.prefix(3).joined(separator: " "), MeasuresDocumentHTML(document: document).body())
        case .report(let report):
            (report.documentTitle, ReportHTML(report).body())
        }
    }

    func selfContained(_ source: Source) -> String {
        switch source {
        case .measures(let document): MeasuresDocumentHTML(document: document).page(fonts: .embedded)
        case .report(let report): ReportHTML(report).page(fonts: .embedded)
        }
    }
}

import Documents

/// A document as the web app serves it for reading and printing in the browser. The app's CSP
/// allows no inline `<style>`, so the print page links one stylesheet instead of embedding it;
/// `?download=1` gives the self-contained file with the fonts inside.
enum DocumentPrintPage {
    static let stylesheetPath = "/documents/print.css"

    /// The documents' own rules, the fonts the app already serves, and a toolbar that does not print.
    static let stylesheet: String = [
        SarabunFont.fontFaceCSS(.linked(prefix: "/assets/fonts/")),
        DocumentStylesheet.print,
        DocumentStylesheet.document,
        ReportStylesheet.css,
        """
        .doc-toolbar { font-family: "Sarabun", sans-serif; font-size: 11pt; max-width: 21cm; margin: 0.6cm auto 0;
          display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }
        .doc-toolbar a { color: #0b4f8a; }
        @media print { .doc-toolbar { display: none; } }
        """,
    ].joined(separator: "\n")

    /// `body` is the document's `<article>`; `base` the document's path without its extension.
    static func page(title: String, body: String, base: String, query: String, back: String) -> String {
        let separator = query.isEmpty ? "?" : "&"
        let toolbar: HTML = """
            <nav class="doc-toolbar" aria-label="เอกสาร / Document">
            <a href="\(back)">← เอกสารทั้งหมด / All documents</a>
            <a href="\(base).docx\(query)">Word (.docx)</a>
            <a href="\(base).pdf\(query)">PDF</a>
            <a href="\(base).html\(query)\(separator)download=1">\("ดาวน์โหลด HTML / Download HTML")</a>
            <span>พิมพ์ด้วย Ctrl+P / Print with Ctrl+P</span>
            </nav>
            """
        return """
            <!DOCTYPE html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <link rel="stylesheet" href="\(stylesheetPath)">
            </head>
            <body>
            \(toolbar.rendered)
            \(body)
            </body>
            </html>

            """
    }
}

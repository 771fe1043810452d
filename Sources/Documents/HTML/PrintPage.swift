/// The frame every printable document shares: A4 page rules, the Sarabun faces and the document
/// stylesheet around one article.
enum PrintPage {
    static func html(title: String, fonts: FontSource, extraCSS: String = "", body: String) -> String {
        let extra = extraCSS.isEmpty ? "" : "\n\(extraCSS)"
        return """
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.markupEscaped)</title>
        <style>
        \(SarabunFont.fontFaceCSS(fonts))
        \(DocumentStylesheet.print)
        \(DocumentStylesheet.document)\(extra)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}

import HTTPTypes

/// The page shown for a refusal: both languages, since the request may not say which one the reader uses.
enum ErrorPage {
    static func render(status: HTTPResponse.Status, messageTH: String, messageEN: String, field: String?) -> String {
        let fieldLine: HTML = field.map { "<p class=\"field\">ช่อง / field: <code>\($0)</code></p>" } ?? .empty
        let page: HTML = """
            <!doctype html>
            <html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(status.code) — Prongsai</title><link rel="stylesheet" href="/assets/app.css"></head>
            <body class="error-page"><main>
            <h1>\(status.code) \(status.reasonPhrase)</h1>
            <p lang="th">\(messageTH)</p>
            <p lang="en">\(messageEN)</p>
            \(fieldLine)
            <p><a href="/">กลับหน้าแรก / Home</a></p>
            </main></body></html>
            """
        return page.rendered
    }
}

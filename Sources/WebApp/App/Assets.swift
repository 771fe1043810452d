import Documents
import Foundation
import Hummingbird

/// The stylesheet and fonts, served with long cache lifetimes (they change only with a new release).
struct Assets {
    let stylesheet: ByteBuffer
    let fonts: [String: ByteBuffer]

    init() {
        let url = Bundle.module.url(forResource: "assets/app", withExtension: "css")
            ?? Bundle.module.resourceURL!.appendingPathComponent("assets/app.css")
        stylesheet = ByteBuffer(string: (try? String(contentsOf: url, encoding: .utf8)) ?? "")
        var fonts: [String: ByteBuffer] = [:]
        for font in SarabunFont.allCases {
            if let data = font.data { fonts[font.fileName] = ByteBuffer(bytes: data) }
        }
        self.fonts = fonts
    }

    func register(on routes: RouteTable) {
        let stylesheet = self.stylesheet
        let fonts = self.fonts
        routes.get("/assets/app.css", .anyone) { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: stylesheet))
        }
        routes.get("/assets/fonts/:name", .anyone) { _, context in
            guard let name = context.parameters.get("name"), let font = fonts[name] else { throw WebError.notFound }
            return Response(
                status: .ok, headers: [.contentType: "font/ttf", .cacheControl: "public, max-age=31536000, immutable"],
                body: .init(byteBuffer: font))
        }
    }
}

import Documents
import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix
import Workbench

/// `/public/<agency>/complaints/poster`: the poster to print, on the web and as a PDF made by Chromium.
struct ComplaintPosterRoutes {
    let services: ComplaintServices
    var renderer = PDFRenderer()

    func register(on routes: RouteTable) {
        routes.get("/assets/complaints-poster.css", .anyone) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: ByteBuffer(string: ComplaintPoster.stylesheet)))
        }
        routes.get("/public/:agency/complaints/poster", .anyone) { request, context in
            let agency = try await PublicComplaintRoutes(services: services).agency(context)
            let poster = ComplaintPoster(agency: agency, address: address(request, agency))
            let t = context.language
            let base = PublicComplaintLink.path(agencySlug: agency.slug)
            let content: HTML = """
                <div class="poster-tools"><p>\(t("พิมพ์โปสเตอร์นี้ติดที่จุดบริการ (กด Ctrl+P) หรือดาวน์โหลดเป็น PDF", "Print this poster for the service counter (Ctrl+P), or download it as a PDF."))</p>
                <p class="actions"><a class="button" href="\(base)/poster/pdf">\(t("ดาวน์โหลด PDF", "Download the PDF"))</a></p></div>
                <link rel="stylesheet" href="/assets/complaints-poster.css">
                \(try poster.body())
                """
            let page = PublicPage(language: t, agency: agency, path: "\(base)/poster")
            return PageResponse.html(page.render(title: t("โปสเตอร์ช่องทางร้องเรียน", "Complaint channel poster"), content, bodyClass: "public poster-web"))
        }
        routes.get("/public/:agency/complaints/poster/pdf", .anyone) { request, context in
            let agency = try await PublicComplaintRoutes(services: services).agency(context)
            let poster = ComplaintPoster(agency: agency, address: address(request, agency))
            let key = "\(agency.id)|\(poster.address)"
            let pdf: Data
            if let cached = services.posters.value(key) {
                pdf = cached
            } else {
                let html = try poster.printablePage()
                let renderer = renderer
                do {
                    pdf = try await NIOThreadPool.singleton.runIfActive { try renderer.printHTML(html) }
                } catch let error as PDFRenderError {
                    throw DocumentDelivery.webError(error)
                }
                services.posters.store(pdf, for: key)
            }
            return PageResponse.download(pdf, type: "application/pdf", fileName: "complaints-poster-\(agency.slug).pdf")
        }
    }

    /// The channel's absolute address as this request reached the server. Behind a TLS proxy (or with
    /// secure cookies) the scheme is https. An odd Host header falls back to a relative-looking address
    /// rather than printing someone else's name on the poster.
    func address(_ request: Request, _ agency: AgencyRecord) -> String {
        let host = request.head.authority ?? ""
        let plausible = !host.isEmpty && host.count <= 255 && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }
        let secure = services.environment.options.secureCookies || request.headers[.xForwardedProto] == "https"
        let origin = plausible ? "\(secure ? "https" : "http")://\(host)" : ""
        return origin + PublicComplaintLink.path(agencySlug: agency.slug)
    }
}

extension HTTPField.Name {
    static let xForwardedProto = Self("X-Forwarded-Proto")!
}

import Foundation
import Hummingbird

/// The complaint channel's routes: the public pages, the officers' inbox and cases, the administrator's
/// set-up, and the JSON API. One `ComplaintServices` is shared by all of them.
struct ComplaintRoutes {
    let services: ComplaintServices

    init(environment: WebEnvironment) {
        services = ComplaintServices(environment: environment)
    }

    func register(on routes: RouteTable) {
        let stylesheet = Self.stylesheet
        routes.get("/assets/complaints.css", .anyone) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: stylesheet))
        }
        PublicComplaintRoutes(services: services).register(on: routes)
        ComplaintStatisticsRoutes(services: services).register(on: routes)
        ComplaintPosterRoutes(services: services).register(on: routes)
        OfficerComplaintRoutes(services: services).register(on: routes)
        ComplaintChannelAdminRoutes(services: services).register(on: routes)
        ComplaintAPIRoutes(services: services).register(on: routes)
    }

    /// The channel's own styles, next to app.css in the bundled assets.
    static let stylesheet: ByteBuffer = {
        let url = Bundle.module.url(forResource: "assets/complaints", withExtension: "css")
            ?? Bundle.module.resourceURL!.appendingPathComponent("assets/complaints.css")
        return ByteBuffer(string: (try? String(contentsOf: url, encoding: .utf8)) ?? "")
    }()
}

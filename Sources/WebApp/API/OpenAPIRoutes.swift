import Foundation
import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.1 document of the JSON API, for anyone.
struct OpenAPIRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        let cache = OpenAPIDocumentCache()
        routes.get("/openapi.json", .anyone) { _, _ in
            // The routes are read from the same function that built this app, once all of them are
            // registered, so the document holds exactly the operations this server answers.
            let document = cache.document { OpenAPIDocument.served(entries: WebApplication.registeredRoutes) }
            return Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=300"],
                body: .init(byteBuffer: document))
        }
    }
}

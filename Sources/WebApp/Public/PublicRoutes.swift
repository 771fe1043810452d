import Criteria
import Documents
import Foundation
import Hummingbird
import Storage
import ThaiText
import Workbench

/// The public transparency pages: no sign-in, no script, cacheable. The page is rendered once per
/// change of the agency's data (its generation) and served from memory with an ETag; a reader's
/// cache asks again after five minutes and gets 304 while nothing changed.
struct PublicRoutes {
    let environment: WebEnvironment
    var renderer = PDFRenderer()
    /// Public PDFs by content: anyone may ask for them, so each is rendered once per change of what it
    /// shows, not once per request. A few dozen documents of a few hundred KB each at most.
    let pdfCache = ReadCache<String, Data>(lifetime: .seconds(12 * 3600), capacity: 48)
    var delivery: DocumentDelivery { DocumentDelivery(renderer: renderer, limiter: environment.heavyWork, cache: pdfCache) }

    static let cacheControl = "public, max-age=300"

    func register(on routes: RouteTable) {
        let stylesheet = ByteBuffer(string: PublicStylesheet.css)
        routes.get(PublicPaths.stylesheet, .anyone) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: stylesheet))
        }
        routes.get("/public/:agency/ita/:year", .anyone) { request, context in
            let (agency, year, criteria) = try await resolve(context)
            let today = ThaiDate(environment.now())
            let key = "public-ita|\(year)|\(today.iso8601)"
            // Reads, rendering and hashing happen once per change of the agency's data, not per request.
            let page = try await environment.cachedPart(agency: agency.id, key: key) {
                let data = try await DisclosureYearData.load(agency: agency, year: year, criteria: criteria, environment)
                let channel = try await environment.repositories.complaints.fetchChannel(agency: agency.id)
                let statistics = channel?.isOpen == true
                    ? try await ComplaintStatisticsSection.load(agency: agency, fiscalYear: year, environment: environment) : nil
                return HTML(unsafe: TransparencyPage(data: data, today: today, complaintStatistics: statistics).render())
            }
            let tag = try await environment.cachedPart(agency: agency.id, key: key + "|etag") {
                HTML(unsafe: "\"\(EvidenceIntake.sha256(Data(page.rendered.utf8)).prefix(32))\"")
            }
            return Self.cacheable(page.rendered, tag: tag.rendered, request: request)
        }
        routes.get("/public/:agency/ita/:year/documents/o42.{format}", .anyone) { request, context in
            let data = try await load(context)
            let format = try DocumentFormat.parse(context.parameters.get("format"))
            guard let plan = data.plan else { throw Self.noPlan(data.year) }
            let document = try await DocumentSources(environment: environment).measuresDocument(plan, agency: data.agency)
            var response = try await delivery.respond(
                .measures(document), format: format, request: request, base: "\(PublicPaths.year(data.agency.slug, data.year))/documents/o42",
                query: "", back: PublicPaths.year(data.agency.slug, data.year), fileName: "O42-\(data.agency.slug)-\(data.year)")
            response.headers[.cacheControl] = Self.cacheControl
            return response
        }
        routes.get("/public/:agency/ita/:year/documents/o43.{format}", .anyone) { request, context in
            let data = try await load(context)
            let format = try DocumentFormat.parse(context.parameters.get("format"))
            guard let plan = data.plan else { throw Self.noPlan(data.year) }
            let report = try await DocumentSources(environment: environment).progressReport(plan, agency: data.agency)
            var response = try await delivery.respond(
                .report(report), format: format, request: request, base: "\(PublicPaths.year(data.agency.slug, data.year))/documents/o43",
                query: "", back: PublicPaths.year(data.agency.slug, data.year), fileName: "O43-\(data.agency.slug)-\(data.year)")
            response.headers[.cacheControl] = Self.cacheControl
            return response
        }
        routes.get("/public/:agency/ita/:year/files/:document", .anyone) { _, context in
            let data = try await load(context)
            var response = try await DisclosureRoutes.document(context.parameters.get("document"), agency: data.agency.id, environment)
            response.headers[.cacheControl] = Self.cacheControl
            return response
        }
    }

    /// The agency and year of the path; a 404 for an unknown agency or a year without criteria.
    func resolve(_ context: AppRequestContext) async throws -> (AgencyRecord, Int, Criteria) {
        let slug = context.parameters.get("agency") ?? ""
        let text = context.parameters.get("year") ?? ""
        guard let agency = try await environment.repositories.agencies.fetchAgency(slug: slug) else { throw WebError.notFound }
        guard let year = Int(text), let criteria = try? environment.catalog.criteria(for: year) else {
            throw WebError(.notFound, field: "year", th: "ไม่มีข้อมูลปี \(text)", en: "no disclosure for \(text)")
        }
        return (agency, year, criteria)
    }

    /// The agency and year of the path with their disclosure.
    func load(_ context: AppRequestContext) async throws -> DisclosureYearData {
        let (agency, year, criteria) = try await resolve(context)
        return try await DisclosureYearData.load(agency: agency, year: year, criteria: criteria, environment)
    }

    static func noPlan(_ year: Int) -> WebError {
        WebError(.notFound, th: "ยังไม่มีมาตรการของปี \(year)", en: "there are no measures for \(year) yet")
    }

    /// 200 with the page, or 304 when the reader already has this version.
    static func cacheable(_ page: String, tag: String, request: Request) -> Response {
        var headers: HTTPFields = [.cacheControl: cacheControl, .eTag: tag]
        let asked = request.headers[.ifNoneMatch]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        if asked.contains(tag) || asked.contains("W/\(tag)") || asked.contains("*") {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}

import Documents
import Foundation
import Hummingbird
import Workbench

/// The O42 measures document, the O43 progress report and the monthly meeting reports, each as
/// HTML, .docx and PDF, and the page that lists them.
struct DocumentRoutes {
    let environment: WebEnvironment
    var renderer = PDFRenderer()
    var sources: DocumentSources { DocumentSources(environment: environment) }
    var delivery: DocumentDelivery { DocumentDelivery(renderer: renderer, limiter: environment.heavyWork) }

    func register(on routes: RouteTable) {
        let stylesheet = ByteBuffer(string: DocumentPrintPage.stylesheet)
        routes.get(DocumentPrintPage.stylesheetPath, .anyone) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: stylesheet))
        }
        routes.get("/a/:agency/documents", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let plan = try await scope.plan(environment)
            let meetings = try await environment.repositories.plans.fetchMeetingReports(agency: scope.agency.id, year: plan.year.planYear)
            let available = renderer.tools.chromium != nil || renderer.tools.libreOffice != nil
            let page = DocumentsPage(
                scope: scope, context: context, year: plan.year.planYear, meetings: meetings, pdfAvailable: available,
                codes: DocumentItemCodes(criteria: environment.catalog.years[plan.year.planYear]))
            return PageResponse.html(page.render())
        }
        routes.get("/a/:agency/documents/o42.{format}", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let format = try DocumentFormat.parse(context.parameters.get("format"))
            let plan = try await scope.plan(environment)
            let document = try await sources.measuresDocument(plan, agency: scope.agency)
            return try await delivery.respond(
                .measures(document), format: format, request: request, base: "\(scope.base)/documents/o42",
                query: "?year=\(plan.year.planYear)", back: "\(scope.base)/documents?year=\(plan.year.planYear)",
                fileName: "O42-\(scope.agency.slug)-\(plan.year.planYear)")
        }
        routes.get("/a/:agency/documents/o43.{format}", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let format = try DocumentFormat.parse(context.parameters.get("format"))
            let plan = try await scope.plan(environment)
            let report = try await sources.progressReport(plan, agency: scope.agency)
            return try await delivery.respond(
                .report(report), format: format, request: request, base: "\(scope.base)/documents/o43",
                query: "?year=\(plan.year.planYear)", back: "\(scope.base)/documents?year=\(plan.year.planYear)",
                fileName: "O43-\(scope.agency.slug)-\(plan.year.planYear)")
        }
        // One path segment holds "<meeting id>.<format>": the router captures one parameter per segment.
        routes.get("/a/:agency/documents/meetings/:file", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let file = context.parameters.get("file") ?? ""
            let dot = file.lastIndex(of: ".") ?? file.endIndex
            let format = try DocumentFormat.parse(dot < file.endIndex ? String(file[file.index(after: dot)...]) : nil)
            let meeting = try await MeetingRecorder(environment: environment).meeting(String(file[..<dot]), scope: scope)
            let review = try await MeetingReview.load(meeting, environment: environment)
            let document = sources.meetingDocument(review, agency: scope.agency)
            return try await delivery.respond(
                .report(document), format: format, request: request,
                base: "\(scope.base)/documents/meetings/\(meeting.id)", query: "",
                back: "\(scope.base)/documents?year=\(meeting.planYear)",
                fileName: "meeting-\(scope.agency.slug)-\(MeasureJSON.code(meeting.month))")
        }
    }
}

import Disclosure
import Documents
import Foundation
import Hummingbird
import Workbench

/// The answer sheet as CSV, .xlsx and a print page; freezing it as submitted; past submissions; the
/// watch log as CSV.
struct AnswerSheetRoutes {
    let environment: WebEnvironment
    var recorder: DisclosureRecorder { DisclosureRecorder(environment: environment) }

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/disclosure/answer-sheet.{format}", .agencyReader) { request, context in
            let scope = try await DisclosureScope.resolve(request, context, environment)
            let workspace = try await DisclosureWorkspace.load(scope, environment)
            return try Self.respond(
                workspace.answerSheet(), format: context.parameters.get("format"), submission: nil, context: context,
                fileName: "OIT-\(scope.agency.agency.slug)-\(scope.year)", back: "\(scope.base)\(scope.yearQuery)")
        }
        routes.post("/a/:agency/disclosure/submissions", .planEditor) { request, context in
            let (scope, _) = try await DisclosureRoutes(environment: environment).editorForm(request, context, limit: 65_536)
            _ = try await recorder.freeze(try await DisclosureWorkspace.load(scope, environment))
            return PageResponse.redirect("\(scope.base)\(scope.yearQuery)&saved=frozen")
        }
        routes.get("/a/:agency/disclosure/submissions/:submission", .agencyReader) { request, context in
            let scope = try await DisclosureScope.resolve(request, context, environment)
            let submission = try await recorder.submission(context.parameters.get("submission"), scope: scope)
            let format = request.uri.queryParameters.get("format").map { String($0) } ?? "html"
            let stamp = ISO8601DateFormatter().string(from: submission.submittedAt).prefix(10)
            return try Self.respond(
                submission.sheet, format: format, submission: submission, context: context,
                fileName: "OIT-\(scope.agency.agency.slug)-\(submission.fiscalYear)-submitted-\(stamp)",
                back: "\(scope.base)?year=\(submission.fiscalYear)")
        }
        routes.get("/a/:agency/disclosure/watch.csv", .agencyReader) { request, context in
            let scope = try await DisclosureScope.resolve(request, context, environment)
            let entries = try await environment.repositories.disclosures.fetchWatchLog(
                agency: scope.agency.agency.id, year: scope.year, limit: 100_000)
            let table = CSVTable(
                header: ["เวลา (ISO 8601)", "URL", "HTTP", "เปิดได้", "หมายเหตุ"],
                rows: entries.map { [ISO8601DateFormatter().string(from: $0.checkedAt), $0.url, $0.status.map(String.init) ?? "", $0.ok ? "ใช่" : "ไม่", $0.detail] })
            return PageResponse.download(table.data, type: "text/csv; charset=utf-8", fileName: "watch-\(scope.agency.agency.slug)-\(scope.year).csv")
        }
    }

    static func respond(
        _ sheet: AnswerSheet, format: String?, submission: DisclosureSubmission?, context: AppRequestContext, fileName: String,
        back: String
    ) throws -> Response {
        switch format {
        case "csv"?:
            return PageResponse.download(sheet.csv.data, type: "text/csv; charset=utf-8", fileName: fileName + ".csv")
        case "xlsx"?:
            let xlsx = SpreadsheetXLSX(
                sheetName: "OIT \(sheet.fiscalYear)", header: AnswerSheet.headerTH, rows: sheet.table,
                columnWidths: [7, 10, 50, 9, 60, 45])
            return PageResponse.download(try xlsx.data(), type: ContentSniffer.xlsx.mimeType, fileName: fileName + ".xlsx")
        case "html"?:
            return PageResponse.html(AnswerSheetPrintPage(sheet: sheet, submission: submission, back: back).render())
        default:
            throw WebError(.notFound, field: "format", th: "ไม่มีแบบตอบในรูปแบบ \(format ?? "") (มี csv, xlsx, html)", en: "no answer sheet as \(format ?? ""); use csv, xlsx or html")
        }
    }
}

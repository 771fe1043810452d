import ComplaintCrypto
import Complaints
import Foundation
import Hummingbird
import Workbench

/// The officers' actions as JSON, with the same checks as the pages: a case exists only for a named
/// recipient of its agency, and opening it needs the key unlocked at sign-in.
struct ComplaintAPIRoutes {
    let services: ComplaintServices
    var environment: WebEnvironment { services.environment }
    var actions: ComplaintOfficerActions { ComplaintOfficerActions(services: services) }

    struct TextBody: Decodable { var text: String? }
    struct StatusBody: Decodable { var status: String? }
    struct ForwardingBody: Decodable {
        var destination: String?
        var reference: String?
        var note: String?
    }

    func register(on routes: RouteTable) {
        routes.get("/api/v1/agencies/:agency/complaints", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let state = try await services.channelState(scope.agency)
            var complaints: [ComplaintSummaryJSON] = []
            var unlocked = false
            if state.isRecipient(scope.user),
               let (key, privateKey) = try await OfficerKeyring(environment: environment).unlockedKey(scope.identity, request: request) {
                unlocked = true
                try await ComplaintKeySharing(services: services).shareMissing(state, opener: .officer(key.id), privateKey: privateKey)
                let retention = state.channel?.retention ?? .standard
                complaints = try await services.repository.fetchComplaints(agency: scope.agency.id).map {
                    ComplaintSummaryJSON($0, openable: $0.wrap(for: .officer(key.id)) != nil, retention: retention, today: services.today)
                }
            }
            return JSONResponse.encode(InboxJSON(
                recipient: state.isRecipient(scope.user), unlocked: unlocked, acceptingReports: state.readiness.acceptsReports,
                complaints: complaints))
        }
        routes.get("/api/v1/agencies/:agency/complaints/statistics", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            var year = services.today.yearMonth.fiscalYear.buddhistEra
            if let asked = request.uri.queryParameters.get("year") {
                guard let number = Int(asked), (2500...year + 1).contains(number) else {
                    throw WebError.badInput("year", th: "ปีงบประมาณไม่ถูกต้อง", en: "not a fiscal year: \(asked)")
                }
                year = number
            }
            let section = try await ComplaintStatisticsSection.load(agency: scope.agency, fiscalYear: year, environment: environment)
            return JSONResponse.encode(ComplaintStatisticsJSON(section.statistics))
        }
        routes.get("/api/v1/complaints/:complaint", .signedIn) { request, context in
            let officerCase = try await OfficerCase.resolve(request, context, services)
            let opened = try await OpenedCase.open(officerCase.record, keys: try officerCase.requireKeys(), repository: services.repository)
            return JSONResponse.encode(ComplaintCaseJSON(opened, retention: officerCase.state.channel?.retention ?? .standard, today: services.today))
        }
        routes.get("/api/v1/complaints/:complaint/attachments/:attachment", .signedIn) { request, context in
            try await ComplaintAttachmentDownload.respond(request, context, services)
        }
        routes.post("/api/v1/complaints/:complaint/replies", .signedIn) { request, context in
            try await act(request, context) { officerCase in
                try await actions.reply(officerCase, text: try await APIBody.decode(TextBody.self, from: request).text ?? "")
            }
        }
        routes.post("/api/v1/complaints/:complaint/notes", .signedIn) { request, context in
            try await act(request, context) { officerCase in
                try await actions.note(officerCase, text: try await APIBody.decode(TextBody.self, from: request).text ?? "")
            }
        }
        routes.put("/api/v1/complaints/:complaint/status", .signedIn) { request, context in
            try await act(request, context) { officerCase in
                let body = try await APIBody.decode(StatusBody.self, from: request)
                guard let status = body.status.flatMap(ComplaintStatus.init(rawValue:)) else {
                    throw WebError.badInput("status", th: "สถานะไม่ถูกต้อง", en: "status must be received, underReview, forwarded or closed")
                }
                try await actions.setStatus(officerCase, to: status)
            }
        }
        routes.post("/api/v1/complaints/:complaint/forwardings", .signedIn) { request, context in
            try await act(request, context) { officerCase in
                let body = try await APIBody.decode(ForwardingBody.self, from: request)
                guard let destination = body.destination.flatMap(ForwardingDestination.init(rawValue:)) else {
                    throw WebError.badInput("destination", th: "หน่วยงานที่ส่งต่อไม่ถูกต้อง", en: "destination must be nacc, district, province, pacc or other")
                }
                try await actions.forward(officerCase, to: destination, reference: body.reference ?? "", note: body.note ?? "")
            }
        }
        routes.delete("/api/v1/complaints/:complaint", .signedIn) { request, context in
            let identity = try APIAccess.identity(context)
            try APIBody.requireWriteAccess(request, identity)
            try await actions.delete(try await OfficerCase.resolve(request, context, services))
            return Response(status: .noContent)
        }
    }

    /// Checks the write token, resolves the case, runs the action and answers with the case as it is now.
    private func act(_ request: Request, _ context: AppRequestContext, _ action: (OfficerCase) async throws -> Void) async throws -> Response {
        let identity = try APIAccess.identity(context)
        try APIBody.requireWriteAccess(request, identity)
        let officerCase = try await OfficerCase.resolve(request, context, services)
        try await action(officerCase)
        let refreshed = try await OfficerCase.resolve(request, context, services)
        let opened = try await OpenedCase.open(refreshed.record, keys: try refreshed.requireKeys(), repository: services.repository)
        return JSONResponse.encode(ComplaintCaseJSON(opened, retention: refreshed.state.channel?.retention ?? .standard, today: services.today))
    }

    struct InboxJSON: Encodable {
        var recipient: Bool
        var unlocked: Bool
        var acceptingReports: Bool
        var complaints: [ComplaintSummaryJSON]
    }
}

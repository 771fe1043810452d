import ComplaintCrypto
import Complaints
import Foundation
import Hummingbird
import Workbench

/// The officers' pages: the inbox of an agency, one case, its actions, attachments, and unlocking the key.
struct OfficerComplaintRoutes {
    let services: ComplaintServices
    var environment: WebEnvironment { services.environment }
    var actions: ComplaintOfficerActions { ComplaintOfficerActions(services: services) }

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/complaints", .agencyReader) { request, context in try await inbox(request, context) }
        routes.post("/complaints/unlock", .signedIn) { request, context in try await unlock(request, context) }
        routes.post("/complaints/share", .signedIn) { request, context in try await share(request, context) }
        routes.get("/complaints/:complaint", .signedIn) { request, context in
            let officerCase = try await OfficerCase.resolve(request, context, services)
            if case .locked = officerCase.access { return PageResponse.redirect("/a/\(officerCase.agency.slug)/complaints") }
            return try await casePage(officerCase, context, error: nil, notice: nil)
        }
        routes.get("/complaints/:complaint/attachments/:attachment", .signedIn) { request, context in
            try await download(request, context)
        }
        for action in ["reply", "note", "status", "forward", "delete"] {
            routes.post("/complaints/:complaint/\(action)", .signedIn) { request, context in try await act(action, request, context) }
        }
    }

    private func inbox(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let scope = try await AgencyScope.resolve(request, context, environment)
        let state = try await services.channelState(scope.agency)
        var page = ComplaintInboxPage(scope: scope, language: context.language, state: state, today: services.today)
        if state.isRecipient(scope.user) {
            page.accountChanges = try await environment.repositories.audit.fetchAuditEvents(agency: scope.agency.id, limit: 2000)
                .filter { $0.entity == AccountAdministration.recipientEntity && $0.entityID == scope.user.id.description }
                .sorted { $0.at > $1.at }
            if let (key, privateKey) = try await OfficerKeyring(environment: environment).unlockedKey(scope.identity, request: request) {
                try await ComplaintKeySharing(services: services).shareMissing(state, opener: .officer(key.id), privateKey: privateKey)
                page.ownKey = key
                page.complaints = try await services.repository.fetchComplaints(agency: scope.agency.id)
            }
        }
        page.statistics = try await ComplaintStatisticsSection.load(agency: scope.agency, fiscalYear: services.today.yearMonth.fiscalYear.buddhistEra, environment: environment)
        return PageResponse.html(page.render())
    }

    private func unlock(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw WebError.signInRequired }
        let form = try await FormData.read(request, limit: 16 * 1024)
        try CSRF.check(form, identity: identity)
        let password = form.fields["password"]?.first ?? ""
        let now = environment.now()
        try environment.signInThrottle.check(identity.user.username, at: now)
        guard !password.isEmpty, try await PasswordHasher(cost: environment.options.bcryptCost).verify(password, hash: identity.user.passwordHash) else {
            environment.signInThrottle.recordFailure(identity.user.username, at: now)
            throw WebError.badInput("password", th: "รหัสผ่านไม่ถูกต้อง", en: "the password is wrong")
        }
        environment.signInThrottle.recordSuccess(identity.user.username)
        guard let token = SessionMiddleware.token(in: request)?.0 else { throw WebError.signInRequired }
        await OfficerKeyring(environment: environment).signedIn(identity.user, password: password, sessionToken: token)
        guard let agencyID = identity.user.agencyID, let agency = try await environment.repositories.agencies.fetchAgency(id: agencyID) else {
            return PageResponse.redirect("/")
        }
        return PageResponse.redirect("/a/\(agency.slug)/complaints")
    }

    private func act(_ action: String, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw WebError.signInRequired }
        let form = try await FormData.read(request, limit: 256 * 1024)
        try CSRF.check(form, identity: identity)
        let officerCase = try await OfficerCase.resolve(request, context, services)
        do {
            switch action {
            case "reply": try await actions.reply(officerCase, text: form.fields["text"]?.first ?? "")
            case "note": try await actions.note(officerCase, text: form.fields["text"]?.first ?? "")
            case "status":
                guard let status = form["status"].flatMap(ComplaintStatus.init(rawValue:)) else {
                    throw WebError.badInput("status", th: "กรุณาเลือกสถานะ", en: "choose a status")
                }
                try await actions.setStatus(officerCase, to: status)
            case "forward":
                guard let destination = form["destination"].flatMap(ForwardingDestination.init(rawValue:)) else {
                    throw WebError.badInput("destination", th: "กรุณาเลือกหน่วยงานที่ส่งต่อ", en: "choose where the case went")
                }
                try await actions.forward(officerCase, to: destination, reference: form["reference"] ?? "", note: form["note"] ?? "")
            default:
                guard form["confirm"] == "yes" else {
                    throw WebError.badInput("confirm", th: "กรุณายืนยันการลบ", en: "please confirm the deletion")
                }
                try await actions.delete(officerCase)
                return PageResponse.redirect("/a/\(officerCase.agency.slug)/complaints")
            }
        } catch let error as WebError where error.status == .badRequest || error.status == .conflict {
            return try await casePage(officerCase, context, error: error, notice: nil)
        }
        return PageResponse.redirect("/complaints/\(officerCase.record.id)")
    }

    private func casePage(_ officerCase: OfficerCase, _ context: AppRequestContext, error: WebError?, notice: String?) async throws -> Response {
        // The case as stored now (an action may just have changed it), opened again with the same keys.
        var current = officerCase
        if let fresh = try await services.repository.fetchComplaint(id: officerCase.record.id) { current.record = fresh }
        var opened: OpenedCase?
        if case .open(let keys) = current.access {
            opened = try await OpenedCase.open(current.record, keys: keys, repository: services.repository)
        }
        let trail = try await environment.repositories.audit.fetchAuditEvents(agency: current.agency.id, limit: 2000)
            .filter { $0.entity == "complaint" && $0.entityID == current.record.id.description }
        let page = ComplaintCasePage(
            officerCase: current, opened: opened, trail: trail, language: context.language, today: services.today, error: error)
        return PageResponse.html(page.render(), status: error?.status ?? .ok)
    }

    private func download(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await ComplaintAttachmentDownload.respond(request, context, services)
    }
}

extension OfficerComplaintRoutes {
    /// A recipient shares every case they can open with another recipient's key that an administrator
    /// confirmed after a password reset. Never automatic: this is the one way older cases reach such a key.
    func share(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw WebError.signInRequired }
        let form = try await FormData.read(request, limit: 16 * 1024)
        try CSRF.check(form, identity: identity)
        let notFound = WebError(.notFound, th: "ท่านไม่ได้เป็นผู้รับเรื่อง", en: "you do not receive this agency's reports")
        guard let agencyID = identity.user.agencyID, let agency = try await environment.repositories.agencies.fetchAgency(id: agencyID) else {
            throw notFound
        }
        let state = try await services.channelState(agency)
        guard state.isRecipient(identity.user) else { throw notFound }
        guard let (own, privateKey) = try await OfficerKeyring(environment: environment).unlockedKey(identity, request: request),
              own.trust != .awaitingConfirmation
        else {
            throw WebError(.conflict, field: "key", th: "กุญแจของท่านยังไม่พร้อมแบ่งปัน", en: "your own key cannot share cases now")
        }
        guard let id = form["key"].flatMap(Identifier<OfficerKey>.init),
              let target = state.keys.first(where: { $0.id == id }), target.userID != identity.user.id, target.trust == .confirmed
        else {
            throw WebError.badInput(
                "key", th: "แบ่งปันได้เฉพาะกุญแจที่ผู้ดูแลระบบยืนยันแล้ว", en: "only a key an administrator confirmed can be shared with")
        }
        let now = environment.now()
        let count = try await ComplaintKeySharing(services: services).shareMissing(
            state, opener: .officer(own.id), privateKey: privateKey, targets: [(.officer(target.id), target.publicKey)])
        try await services.repository.updateOfficerKeyTrust(id: target.id, trust: .trusted, actor: identity.actor(at: now))
        try await environment.repositories.audit.insertAuditEvent(.change(
            "share-cases", entity: "officer-key", entityID: target.id.description, agencyID: agency.id,
            before: nil as [String: String]?, after: ["cases": String(count)], actor: identity.actor(at: now)))
        return PageResponse.redirect("/a/\(agency.slug)/complaints")
    }
}

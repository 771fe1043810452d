import Complaints
import Foundation
import Hummingbird
import Workbench

/// `/admin/complaints`: each agency's channel — recipients, recovery key, retention, open or closed.
/// Administrators only: whoever chooses the recipients chooses who can read every report, so that choice
/// stays with the installation's administrator rather than the agency's own coordinator.
struct ComplaintChannelAdminRoutes {
    let services: ComplaintServices
    var environment: WebEnvironment { services.environment }

    func register(on routes: RouteTable) {
        routes.get("/admin/complaints", .administrator) { _, context in
            let identity = try administrator(context)
            var states: [ChannelState] = []
            for agency in try await environment.repositories.agencies.fetchAgencies() { states.append(try await services.channelState(agency)) }
            return PageResponse.html(ComplaintChannelListPage(identity: identity, language: context.language, states: states).render())
        }
        routes.get("/admin/complaints/:agency", .administrator) { _, context in
            let (identity, state) = try await resolve(context)
            return page(identity, state, context, error: nil, notice: nil)
        }
        for action in ["recipients", "open", "close", "recovery", "recovery/use", "retention", "confirm-key"] {
            routes.post("/admin/complaints/:agency/\(action)", .administrator) { request, context in
                try await change(action, request, context)
            }
        }
    }

    private func change(_ action: String, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (identity, state) = try await resolve(context)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRF.check(form, identity: identity)
        let setup = ComplaintChannelSetup(services: services, state: state, administrator: identity)
        let t = context.language
        var notice: String?
        do {
            switch action {
            case "recipients": try await setup.setRecipients(form.all("recipient").compactMap(Identifier<UserAccount>.init))
            case "open": try await setup.open()
            case "close": try await setup.close()
            case "recovery":
                if form["remove"] == "yes" {
                    try await setup.removeRecoveryKey()
                } else {
                    let text = try await setup.createRecoveryKey()
                    return PageResponse.html(RecoveryKeyPage(identity: identity, language: t, agency: state.agency, text: text).render())
                }
            case "confirm-key":
                let name = try await setup.confirmKey(form["key"].flatMap(Identifier<OfficerKey>.init))
                notice = t(
                    "ยืนยันกุญแจของ \(name) แล้ว เรื่องใหม่จะเข้ารหัสให้กุญแจนี้ด้วย เรื่องเก่าจะเปิดได้เมื่อผู้รับเรื่องคนอื่นกดแบ่งปัน",
                    "The key of \(name) is confirmed. New reports are sealed for it; older ones open once another receiving officer shares them.")
            case "recovery/use":
                let count = try await setup.useRecoveryKey(form["recoveryKey"] ?? "")
                notice = t("แบ่งปันเรื่อง \(count) เรื่องให้ผู้รับเรื่องปัจจุบันแล้ว", "\(count) case(s) were shared with today's receiving officers.")
            default:
                var policy = RetentionPolicy.standard
                for category in ComplaintCategory.allCases {
                    policy.set(Int(form["retention-\(category.rawValue)"] ?? "") ?? 0, for: category)
                }
                try await setup.setRetention(policy)
            }
        } catch let error as WebError {
            return page(identity, try await services.channelState(state.agency), context, error: error, notice: nil)
        }
        if let notice { return page(identity, try await services.channelState(state.agency), context, error: nil, notice: notice) }
        return PageResponse.redirect("/admin/complaints/\(state.agency.slug)")
    }

    private func page(_ identity: Identity, _ state: ChannelState, _ context: AppRequestContext, error: WebError?, notice: String?) -> Response {
        let page = ComplaintChannelAdminPage(identity: identity, language: context.language, state: state, error: error, notice: notice)
        return PageResponse.html(page.render(), status: error?.status ?? .ok)
    }

    private func administrator(_ context: AppRequestContext) throws -> Identity {
        guard let identity = context.identity else { throw WebError.signInRequired }
        guard Permissions.canAdminister(user: identity.user) else { throw WebError.forbidden }
        return identity
    }

    private func resolve(_ context: AppRequestContext) async throws -> (Identity, ChannelState) {
        let identity = try administrator(context)
        let slug = try context.parameters.require("agency")
        guard let agency = try await environment.repositories.agencies.fetchAgency(slug: slug) else { throw WebError.notFound }
        return (identity, try await services.channelState(agency))
    }
}

import Complaints
import Foundation
import Hummingbird
import Workbench

/// The public side of the channel: front page, report form, receipt, follow-up. Open to anyone, no sign-in.
struct PublicComplaintRoutes {
    let services: ComplaintServices
    var environment: WebEnvironment { services.environment }

    func register(on routes: RouteTable) {
        routes.get("/public/:agency/complaints", .anyone) { _, context in
            let agency = try await agency(context)
            let state = try await services.channelState(agency)
            return PageResponse.html(ComplaintLandingPage(language: context.language, agency: agency, accepting: state.readiness.acceptsReports).render())
        }
        routes.get("/public/:agency/complaints/new", .anyone) { _, context in
            let agency = try await agency(context)
            let state = try await services.channelState(agency)
            guard state.readiness.acceptsReports else { return closedPage(agency, context) }
            let guardian = try await formGuard()
            return PageResponse.html(ComplaintFormPage(
                language: context.language, agency: agency, formField: guardian.field(purpose: PublicFormGuard.Purpose.newReport, agency: agency)).render())
        }
        routes.post("/public/:agency/complaints/new", .anyone) { request, context in try await submit(request, context) }
        routes.get("/public/:agency/complaints/follow-up", .anyone) { _, context in
            let agency = try await agency(context)
            let field = try await formGuard().field(purpose: PublicFormGuard.Purpose.followUp, agency: agency)
            return PageResponse.html(FollowUpPage(language: context.language, agency: agency).receiptForm(formField: field, error: nil))
        }
        routes.post("/public/:agency/complaints/follow-up", .anyone) { request, context in try await followUp(request, context) }
        routes.post("/public/:agency/complaints/follow-up/message", .anyone) { request, context in try await addMessage(request, context) }
    }

    private func submit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let agency = try await agency(context)
        // Counted before the body is read: past the limit, no anonymous byte costs more than this answer.
        let now = environment.now()
        if let seconds = services.filings.reserve(agency.id, at: now) {
            return FilingLimitPage(language: context.language, agency: agency).response(retryAfter: seconds)
        }
        var filed = false
        defer { if !filed { services.filings.release(agency.id, at: now) } }
        let form = try await FormData.read(request, limit: ComplaintSubmission.maximumBodyBytes)
        let guardian = try await formGuard()
        var submission = ComplaintSubmission(form: form)
        func again(_ error: WebError?, notice: String? = nil) -> Response {
            let page = ComplaintFormPage(
                language: context.language, agency: agency, formField: guardian.field(purpose: PublicFormGuard.Purpose.newReport, agency: agency),
                values: submission, error: error, notice: notice, answersPost: true)
            return PageResponse.html(page.render(), status: error?.status ?? .badRequest)
        }
        if try guardian.check(form, purpose: PublicFormGuard.Purpose.newReport, agency: agency, context: context) == .stale {
            return again(nil, notice: context.language(
                "แบบฟอร์มหมดอายุ ข้อความของท่านยังอยู่ด้านล่าง กรุณาตรวจสอบ แนบไฟล์อีกครั้งถ้ามี แล้วกดส่งเรื่องอีกครั้ง",
                "The form had expired. Your text is still below: check it, attach any files again, and press send once more."))
        }
        let state = try await services.channelState(agency)
        guard state.readiness.acceptsReports else { return closedPage(agency, context) }
        do {
            try submission.validate(files: form.files(named: "attachment"))
        } catch let error as WebError {
            return again(error)
        }
        let (receipt, record) = try await ComplaintIntake(services: services).file(submission, state: state)
        filed = true
        return PageResponse.html(ReceiptPage(language: context.language, agency: agency, receipt: receipt, record: record).render())
    }

    private func followUp(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let agency = try await agency(context)
        let form = try await FormData.read(request, limit: 16 * 1024)
        let guardian = try await formGuard()
        let page = FollowUpPage(language: context.language, agency: agency)
        func again(_ error: WebError) -> Response {
            var response = PageResponse.html(
                page.receiptForm(formField: guardian.field(purpose: PublicFormGuard.Purpose.followUp, agency: agency), error: error, answersPost: true),
                status: error.status)
            if error.status == .tooManyRequests { response.headers[.retryAfter] = String(Int(services.guesses.lockout)) }
            return response
        }
        guard try guardian.check(form, purpose: PublicFormGuard.Purpose.followUp, agency: agency, context: context) == .valid else {
            return again(WebError.badInput("_form", th: "แบบฟอร์มหมดอายุ กรุณากรอกเลขรับเรื่องอีกครั้ง", en: "the form had expired; please enter the receipt again"))
        }
        do {
            let opened = try await ReporterFollowUp(services: services).open(receipt: form["receipt"] ?? "", agency: agency)
            return try await caseView(opened, agency: agency, context: context, notice: nil, error: nil)
        } catch let error as WebError {
            return again(error)
        }
    }

    private func addMessage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let agency = try await agency(context)
        let form = try await FormData.read(request, limit: ComplaintSubmission.maximumBodyBytes)
        let guardian = try await formGuard()
        let followUp = ReporterFollowUp(services: services)
        guard try guardian.check(form, purpose: PublicFormGuard.Purpose.message, agency: agency, context: context) == .valid,
              let token = form["followUp"], let opened = try await followUp.open(token: token, agency: agency)
        else {
            let error = WebError.badInput(
                "followUp", th: "หน้านี้หมดเวลาแล้ว กรุณากรอกเลขรับเรื่องอีกครั้ง ข้อความที่พิมพ์ไว้ยังไม่ได้ส่ง",
                en: "this page has timed out; enter the receipt again. Your message was not sent.")
            let field = guardian.field(purpose: PublicFormGuard.Purpose.followUp, agency: agency)
            return PageResponse.html(
                FollowUpPage(language: context.language, agency: agency).receiptForm(formField: field, error: error, answersPost: true),
                status: .badRequest)
        }
        guard let text = form["message"], text.count <= ComplaintSubmission.maximumDetails else {
            let error = WebError.badInput("message", th: "กรุณาพิมพ์ข้อความที่จะส่ง", en: "please write the message to send")
            return try await caseView(opened, agency: agency, context: context, notice: nil, error: error)
        }
        let files: [ComplaintSubmission.File]
        do {
            files = try ComplaintSubmission.checkedFiles(form.files(named: "attachment"))
        } catch let error as WebError {
            return try await caseView(opened, agency: agency, context: context, notice: nil, error: error)
        }
        let updated = try await followUp.add(text: text, files: files, to: opened)
        return try await caseView(
            updated, agency: agency, context: context,
            notice: context.language("ส่งข้อมูลเพิ่มเติมแล้ว เจ้าหน้าที่จะเห็นข้อความนี้ในเรื่องของท่าน", "Sent. The officers will see it with your report."),
            error: nil)
    }

    private func caseView(_ opened: OpenedCase, agency: AgencyRecord, context: AppRequestContext, notice: String?, error: WebError?) async throws -> Response {
        let token = try await ReporterFollowUp(services: services).token(for: opened, agency: agency)
        let field = try await formGuard().field(purpose: PublicFormGuard.Purpose.message, agency: agency)
        let page = FollowUpPage(language: context.language, agency: agency)
        return PageResponse.html(page.caseView(opened, token: token, formField: field, notice: notice, error: error), status: error?.status ?? .ok)
    }

    private func closedPage(_ agency: AgencyRecord, _ context: AppRequestContext) -> Response {
        PageResponse.html(ComplaintLandingPage(language: context.language, agency: agency, accepting: false).render(), status: .serviceUnavailable)
    }

    func agency(_ context: AppRequestContext) async throws -> AgencyRecord {
        let slug = try context.parameters.require("agency")
        guard let agency = try await environment.repositories.agencies.fetchAgency(slug: slug) else { throw WebError.notFound }
        return agency
    }

    private func formGuard() async throws -> PublicFormGuard {
        PublicFormGuard(tokens: try await services.formTokens(), now: environment.now())
    }
}

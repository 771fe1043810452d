import Foundation
import Hummingbird
import ThaiText
import Workbench

/// Monthly meeting reports: the year's list, the coordinator's form, and each report's page.
struct MeetingRoutes {
    let environment: WebEnvironment
    var recorder: MeetingRecorder { MeetingRecorder(environment: environment) }

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/meetings", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let plan = try await scope.plan(environment)
            let year = plan.year.planYear
            let meetings = try await environment.repositories.plans.fetchMeetingReports(agency: scope.agency.id, year: year)
            let page = MeetingsPage(scope: scope, context: context, year: year, meetings: meetings, today: ThaiDate(environment.now()))
            return PageResponse.html(page.render())
        }
        routes.post("/a/:agency/meetings", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            let plan = try await scope.plan(environment)
            let form = try await FormData.read(request, limit: 64 * 1024)
            try CSRF.check(form, identity: scope.identity)
            let meeting = try await recorder.record(MeetingSubmission(form: form), year: plan.year.planYear, scope: scope)
            return PageResponse.redirect("\(scope.base)/meetings/\(meeting.id)")
        }
        routes.get("/a/:agency/meetings/:meeting", .agencyReader) { request, context in
            var scope = try await AgencyScope.resolve(request, context, environment)
            let meeting = try await recorder.meeting(context.parameters.get("meeting"), scope: scope)
            scope.year = meeting.planYear
            let review = try await MeetingReview.load(meeting, environment: environment)
            return PageResponse.html(MeetingPage(scope: scope, context: context, review: review).render())
        }
        MeetingAPIRoutes(environment: environment).register(on: routes)
    }
}

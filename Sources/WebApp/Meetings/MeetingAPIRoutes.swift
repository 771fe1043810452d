import Foundation
import Hummingbird
import Workbench

/// Meeting reports as JSON, with the same rules and the same `MeetingRecorder` as the pages.
struct MeetingAPIRoutes {
    let environment: WebEnvironment
    var recorder: MeetingRecorder { MeetingRecorder(environment: environment) }
    static let base = "/api/v1/agencies/:agency"

    func register(on routes: RouteTable) {
        routes.get("\(Self.base)/years/:year/meetings", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let year = try APIYear.resolve(context, scope)
            let meetings = try await environment.repositories.plans.fetchMeetingReports(agency: scope.agency.id, year: year)
            return JSONResponse.encode(YearMeetingsJSON(year: year, meetings: meetings.map(MeetingJSON.init)))
        }
        routes.post("\(Self.base)/years/:year/meetings", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            try APIBody.requireWriteAccess(request, scope.identity)
            let year = try APIYear.resolve(context, scope)
            let body = try await APIBody.decode(MeetingSubmission.JSON.self, from: request, limit: 64 * 1024)
            let meeting = try await recorder.record(MeetingSubmission(json: body), year: year, scope: scope)
            return JSONResponse.encode(MeetingJSON(meeting), status: .created)
        }
        routes.get("\(Self.base)/meetings/:meeting", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let meeting = try await recorder.meeting(context.parameters.get("meeting"), scope: scope)
            let review = try await MeetingReview.load(meeting, environment: environment)
            return JSONResponse.encode(MeetingDetailJSON(review, agencySlug: scope.agency.slug))
        }
    }
}

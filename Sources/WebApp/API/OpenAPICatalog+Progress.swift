/// Progress with evidence, and monthly meetings (the progress feature).
extension OpenAPICatalog {
    static let progress: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years/:year/progress", access: .agencyReader, id: "yearProgress", tag: "progress",
            summary: "Where every measure of the year stands, with its reports.",
            answers: [.json(200, "Measures with progress.", .reference("YearProgress"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/measures/:measure/progress", access: .agencyReader, id: "measureProgress", tag: "progress",
            summary: "One measure's standing and reports.",
            answers: [.json(200, "The measure's progress.", .reference("MeasureProgress"))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/measures/:measure/progress", access: .measureWorker, id: "reportProgress", tag: "progress",
            summary: "Report progress on a measure, with evidence files when sent as multipart.",
            body: .jsonOrMultipart(.reference("ProgressSubmission"), .reference("ProgressForm")),
            answers: [.json(201, "Stored.", .reference("ProgressEntry"))],
            refusals: [413, 415]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/evidence/:evidence", access: .agencyReader, id: "downloadEvidence", tag: "progress",
            summary: "An evidence file's bytes, with the type found by sniffing them.",
            answers: [.file(200, "The file.", mediaType: "application/octet-stream")]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years/:year/meetings", access: .agencyReader, id: "listMeetings", tag: "meetings",
            summary: "The year's monthly meeting reports.",
            answers: [.json(200, "Meeting reports by date.", .reference("YearMeetings"))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/years/:year/meetings", access: .planEditor, id: "recordMeeting", tag: "meetings",
            summary: "Record a monthly meeting report.",
            body: .json(.reference("MeetingSubmission")),
            answers: [.json(201, "Stored.", .reference("Meeting"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/meetings/:meeting", access: .agencyReader, id: "getMeeting", tag: "meetings",
            summary: "A meeting report with each measure's reports of its month.",
            answers: [.json(200, "The report.", .reference("MeetingDetail"))]),
    ]
}

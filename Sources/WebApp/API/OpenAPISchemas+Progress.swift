/// Schemas of progress, evidence and meetings.
extension OpenAPISchemas {
    static let progress: [String: JSONSchema] = [
        "MeasureSummary": .object(
            [
                ("id", .string(format: "uuid")), ("planYear", .integer()), ("position", .integer()), ("title", .string()),
                ("divisions", .array(.string())), ("periodStart", .string(description: "พ.ศ. year and month, e.g. 2565-10")),
                ("periodEnd", .string()), ("periodThai", .string()),
            ],
            required: ["id", "position", "title", "divisions"], open: true),
        "Evidence": .object(
            [
                ("id", .string(format: "uuid")), ("fileName", .string()), ("contentType", .string()), ("size", .integer(minimum: 0)),
                ("sha256", .string()), ("effectiveDate", .string(format: "date")), ("effectiveDateThai", .string()),
                ("uploadedAt", .string(format: "date-time")), ("uploadedBy", .string()), ("href", .string()),
            ],
            required: ["id", "fileName", "contentType", "size", "sha256", "effectiveDate", "href"], open: true),
        "ProgressEntry": .object(
            [
                ("id", .string(format: "uuid")), ("measureID", .string(format: "uuid")), ("date", .string(format: "date")),
                ("dateThai", .string()), ("status", .oneOfStrings(["notStarted", "inProgress", "completed", "blocked"])),
                ("statusTH", .string()), ("percent", .integer(minimum: 0, maximum: 100)), ("text", .string()),
                ("author", .string()), ("createdAt", .string(format: "date-time")), ("evidence", .array(.reference("Evidence"))),
            ],
            required: ["id", "measureID", "date", "status", "percent", "text", "evidence"], open: true),
        "MeasureProgress": .object(
            [
                ("measure", .reference("MeasureSummary")), ("status", .string()), ("statusTH", .string()),
                ("percent", .integer(minimum: 0, maximum: 100)), ("overdue", .boolean()), ("lastReported", .string(format: "date")),
                ("canReport", .boolean()), ("entries", .array(.reference("ProgressEntry"))),
            ],
            required: ["measure", "status", "percent", "overdue", "canReport", "entries"], open: true),
        "YearProgress": .object(
            [("year", .integer()), ("measures", .array(.reference("MeasureProgress")))], required: ["year", "measures"]),
        "ProgressSubmission": .object(
            [
                ("date", .string(format: "date", description: "When the work happened.")),
                ("status", .oneOfStrings(["notStarted", "inProgress", "completed", "blocked"])),
                ("percent", .integer(minimum: 0, maximum: 100)), ("text", .string()),
            ],
            required: ["date", "status", "percent", "text"]),
        "ProgressForm": .object(
            [
                ("date", .string(format: "date")), ("status", .string()), ("percent", .string()), ("text", .string()),
                ("evidence", .binary(description: "A file; further files as evidence2, evidence3, …")),
                ("effective", .string(format: "date", description: "The date the evidence speaks for; effective2 for evidence2, …")),
            ],
            required: ["date", "status", "percent", "text"], open: true),
        "Meeting": .object(
            [
                ("id", .string(format: "uuid")), ("planYear", .integer()), ("month", .string(description: "พ.ศ. year and month, e.g. 2565-11")),
                ("monthThai", .string()), ("meetingDate", .string(format: "date")), ("meetingDateThai", .string()),
                ("title", .string()), ("notes", .string()), ("createdBy", .string()), ("createdAt", .string(format: "date-time")),
            ],
            required: ["id", "planYear", "month", "meetingDate", "title"], open: true),
        "YearMeetings": .object([("year", .integer()), ("meetings", .array(.reference("Meeting")))], required: ["year", "meetings"]),
        "MeetingSubmission": .object(
            [
                ("month", .string(description: "The month reviewed: 2565-11, or Thai such as พ.ย. 2565.")),
                ("meetingDate", .string(format: "date")), ("title", .string()), ("notes", .string()),
            ],
            required: ["month", "meetingDate", "title"]),
        "MeetingDetail": .object(
            [
                ("meeting", .reference("Meeting")),
                ("measures", .array(.object(
                    [
                        ("measure", .reference("MeasureSummary")), ("entries", .array(.reference("ProgressEntry"))),
                        ("latest", .reference("ProgressEntry")),
                    ],
                    required: ["measure", "entries"], open: true))),
            ],
            required: ["meeting", "measures"]),
    ]
}

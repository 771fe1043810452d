/// Schemas of the disclosure feature. Records and flags belong to the core model and may grow, so
/// they are open objects with their main fields listed.
extension OpenAPISchemas {
    static let disclosure: [String: JSONSchema] = [
        "DisclosureLink": .object([("url", .string(format: "uri")), ("location", .string(description: "Where on the page."))], required: ["url", "location"]),
        "DisclosureRecord": .object(
            [
                ("agencyID", .string(format: "uuid")), ("fiscalYear", .integer()), ("itemCode", .string()),
                ("links", .array(.reference("DisclosureLink"))), ("documents", .array(.reference("DisclosureDocument"))),
                ("components", .array(.object([("componentID", .string()), ("evidence", .string())], required: ["componentID", "evidence"]))),
                ("months", .array(.object([("year", .integer()), ("month", .integer())], required: ["year", "month"], open: true))),
                ("responsible", .string()), ("note", .string()),
            ],
            required: ["itemCode", "links", "components"], open: true),
        "DisclosureDocument": .object(
            [
                ("id", .string(format: "uuid")), ("itemCode", .string()), ("fileName", .string()), ("contentType", .string()),
                ("size", .integer()), ("sha256", .string()),
            ],
            required: ["id", "itemCode", "fileName", "contentType", "size", "sha256"], open: true),
        "DisclosureFlag": .object(
            [
                ("kind", .oneOfStrings(["emptyItem", "missingComponent", "periodMissing", "wrongPeriod", "missingMonths", "offDomain", "deadLink"])),
                ("itemCode", .string()), ("componentID", .string()), ("messageTH", .string()), ("messageEN", .string()),
                ("url", .string()),
            ],
            required: ["kind", "itemCode", "messageTH", "messageEN"], open: true),
        "DisclosureItemBody": .object(
            [
                ("links", .array(.object([("url", .string()), ("location", .string())], required: ["url"]))),
                ("components", .array(.object([("component", .string(description: "e.g. O2.6")), ("evidence", .string())], required: ["component"]))),
                ("periodStart", .string(description: "YYYY-MM, Christian era.")), ("periodEnd", .string(description: "YYYY-MM, Christian era.")),
                ("months", .array(.string(description: "YYYY-MM, Christian era."))), ("responsible", .string()),
                ("due", .string(format: "date")), ("note", .string()),
            ],
            required: []),
        "DisclosureUploadForm": .object([("document", .array(.binary()))], required: ["document"]),
        "Prediction": .object(
            [
                ("subIndicators", .array(.object([("code", .string()), ("accepted", .integer()), ("items", .integer()), ("score", .number())], required: ["code", "accepted", "items", "score"]))),
                ("indicators", .dictionary(.number())), ("oitWeighted", .number()), ("total", .number()), ("level", .string()),
                ("passed", .boolean()), ("surveyYear", .integer()),
            ],
            required: ["subIndicators", "indicators"]),
        "DisclosureYear": .object(
            [
                ("year", .integer()),
                ("items", .array(.object(
                    [
                        ("code", .string()), ("subIndicator", .string()), ("title", .string()),
                        ("status", .oneOfStrings(["empty", "flagged", "ready"])), ("automatic", .boolean()),
                        ("record", .reference("DisclosureRecord")), ("flags", .array(.reference("DisclosureFlag"))),
                    ],
                    required: ["code", "subIndicator", "title", "status", "automatic", "flags"]))),
                ("prediction", .reference("Prediction")),
            ],
            required: ["year", "items"]),
        "DisclosureCheck": .object(
            [
                ("year", .integer()),
                ("links", .array(.object([("url", .string()), ("ok", .boolean()), ("status", .integer()), ("detail", .string())], required: ["url", "ok", "detail"]))),
                ("flags", .array(.reference("DisclosureFlag"))), ("prediction", .reference("Prediction")),
            ],
            required: ["year", "links", "flags"]),
        "AnswerSheet": .object(
            [
                ("agencyName", .string()), ("fiscalYear", .integer()),
                ("rows", .array(.object(
                    [
                        ("itemCode", .string()), ("subIndicator", .string()), ("title", .string()), ("published", .boolean()),
                        ("urls", .array(.string())), ("locations", .array(.string())),
                    ],
                    required: ["itemCode", "subIndicator", "title", "published", "urls", "locations"]))),
            ],
            required: ["agencyName", "fiscalYear", "rows"]),
        "DisclosureSubmission": .object(
            [
                ("id", .string(format: "uuid")), ("fiscalYear", .integer()), ("submittedAt", .string(format: "date-time")),
                ("submittedBy", .string()), ("sha256", .string()), ("sheet", .reference("AnswerSheet")),
            ],
            required: ["id", "fiscalYear", "submittedAt", "submittedBy", "sha256", "sheet"], open: true),
        "SubmissionSummary": .object(
            [
                ("id", .string(format: "uuid")), ("year", .integer()), ("submittedAt", .string(format: "date-time")),
                ("submittedBy", .string()), ("sha256", .string()), ("published", .integer()), ("items", .integer()),
            ],
            required: ["id", "year", "submittedAt", "submittedBy", "sha256", "published", "items"]),
        "WatchLogEntry": .object(
            [
                ("id", .string(format: "uuid")), ("url", .string()), ("checkedAt", .string(format: "date-time")),
                ("status", .integer()), ("ok", .boolean()), ("detail", .string()),
            ],
            required: ["id", "url", "checkedAt", "ok", "detail"], open: true),
        "DisclosureSettings": .object(
            [("mainWebsite", .string()), ("publicSite", .string()), ("reviewStart", .object([], required: [], open: true)), ("reviewEnd", .object([], required: [], open: true))],
            required: ["mainWebsite", "publicSite"], open: true),
        "DisclosureSettingsBody": .object(
            [
                ("mainWebsite", .string(description: "e.g. https://www.thapkhlo.go.th")), ("publicSite", .string()),
                ("reviewStart", .string(format: "date")), ("reviewEnd", .string(format: "date")),
            ],
            required: []),
    ]
}

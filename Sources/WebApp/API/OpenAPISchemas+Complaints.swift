/// Schemas of the complaint channel's API.
extension OpenAPISchemas {
    static let complaints: [String: JSONSchema] = [
        "ComplaintSummary": .object(
            [
                ("id", .string(format: "uuid")), ("reference", .string(description: "The id's first eight characters, upper case.")),
                ("category", .oneOfStrings(["corruption", "misconduct", "service"])),
                ("status", .oneOfStrings(["received", "underReview", "forwarded", "closed"])),
                ("receivedOn", .string(format: "date")), ("statusChangedOn", .string(format: "date")),
                ("closedOn", .string(format: "date")), ("openable", .boolean(description: "Whether the caller's key opens it.")),
                ("retention", .oneOfStrings(["kept", "keptUntil", "expiring", "expired"])),
                ("deletableFrom", .string(format: "date")),
            ],
            required: ["id", "reference", "category", "status", "receivedOn", "openable", "retention"]),
        "ComplaintInbox": .object(
            [
                ("recipient", .boolean(description: "Whether the caller receives the agency's reports.")),
                ("unlocked", .boolean(description: "Whether the caller's key is unlocked in this session.")),
                ("acceptingReports", .boolean()), ("complaints", .array(.reference("ComplaintSummary"))),
            ],
            required: ["recipient", "unlocked", "acceptingReports", "complaints"]),
        "ComplaintCase": .object(
            [
                ("complaint", .reference("ComplaintSummary")),
                ("entries", .array(.object(
                    [
                        ("id", .string(format: "uuid")),
                        ("kind", .oneOfStrings(["report", "reporterMessage", "officerReply", "internalNote", "forwarding"])),
                        ("day", .string(format: "date")), ("visibleToReporter", .boolean()), ("author", .string()), ("text", .string()),
                        ("report", .object(
                            [
                                ("subject", .string()), ("details", .string()), ("whenAndWhere", .string()), ("peopleInvolved", .string()),
                                ("contact", .object([("name", .string()), ("phone", .string()), ("email", .string())], required: [])),
                            ],
                            required: ["details"], open: true)),
                        ("forwarding", .object(
                            [("destination", .string()), ("reference", .string()), ("note", .string()), ("authorName", .string())],
                            required: ["destination"], open: true)),
                        ("attachments", .array(.object(
                            [
                                ("id", .string(format: "uuid")), ("fileName", .string()), ("contentType", .string()),
                                ("size", .integer(minimum: 0)), ("href", .string()),
                            ],
                            required: ["id", "fileName", "contentType", "size", "href"]))),
                    ],
                    required: ["id", "kind", "day", "visibleToReporter", "attachments"], open: true))),
            ],
            required: ["complaint", "entries"]),
        "ComplaintText": .object([("text", .string())], required: ["text"]),
        "ComplaintStatusChange": .object(
            [("status", .oneOfStrings(["received", "underReview", "forwarded", "closed"]))], required: ["status"]),
        "ComplaintForwarding": .object(
            [
                ("destination", .oneOfStrings(["nacc", "district", "province", "pacc", "other"])),
                ("reference", .string(description: "The letter's or the other body's case number.")), ("note", .string()),
            ],
            required: ["destination"]),
        "ComplaintStatistics": .object(
            [
                ("fiscalYear", .integer()),
                ("total", .string(description: "\"12\", \"<3\" (1 or 2), or a range such as \"4–6\" that hides an exact total.")),
                ("categories", .array(.string())),
                ("months", .dictionary(.array(.string()), description: "By พ.ศ. month (2566-10): one figure per category.")),
                ("monthTotals", .dictionary(.string())), ("categoryTotals", .dictionary(.string())),
                ("statuses", .dictionary(.array(.string()), description: "Absent when withheld for the year.")),
            ],
            required: ["fiscalYear", "total", "categories", "months", "monthTotals", "categoryTotals"]),
    ]
}

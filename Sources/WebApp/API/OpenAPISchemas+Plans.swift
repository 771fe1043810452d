/// Schemas of plan years. These values are the core model's own Codable shapes, so the objects
/// are open: the listed properties are the ones a script relies on.
extension OpenAPISchemas {
    static let plans: [String: JSONSchema] = [
        "YearList": .object([("agency", .string()), ("years", .array(.integer()))], required: ["agency", "years"]),
        "PublishedResult": .object(
            [
                ("fiscalYear", .integer(description: "The assessed fiscal year, พ.ศ.")),
                ("indicators", .dictionary(.number(), description: "Indicator scores by number, \"1\" … \"10\".")),
                ("instruments", .array(.object(
                    [("code", .string()), ("score", .number()), ("weightPercent", .number()), ("weighted", .number())],
                    required: ["code"], open: true))),
                ("total", .number()), ("level", .string()),
            ],
            required: ["fiscalYear", "indicators"], open: true),
        "Finding": .object(
            [
                ("kind", .oneOfStrings(["consistent", "presentationRounding", "sumOfRoundedParts", "uncommentedRejection", "error"])),
                ("subject", .string()), ("published", .string()), ("recomputed", .string()),
                ("explanationTH", .string()), ("explanationEN", .string()),
            ],
            required: ["kind", "subject", "explanationTH", "explanationEN"], open: true),
        "Recommendation": .object(
            [("itemCode", .string()), ("indicator", .integer()), ("text", .string()), ("printedCode", .string())],
            required: ["text"], open: true),
        "IndicatorAnalysis": .object(
            [("indicator", .integer()), ("stance", .string()), ("keepOrImprove", .string()), ("urgentWeaknesses", .array(.object([], required: [], open: true)))],
            required: ["indicator"], open: true),
        "AnalysisContent": .object(
            [("analysis", .array(.reference("IndicatorAnalysis"))), ("recommendations", .array(.reference("Recommendation")))],
            required: ["analysis", "recommendations"]),
        "FiscalYear": .object(
            [
                ("planYear", .integer()), ("assessedYear", .integer()), ("result", .reference("PublishedResult")),
                ("assessorSummary", .string()), ("recommendations", .array(.reference("Recommendation"))),
                ("analysis", .array(.reference("IndicatorAnalysis"))), ("updatedAt", .string(format: "date-time")),
            ],
            required: ["planYear", "assessedYear", "result"], open: true),
        "Measure": .object(
            [
                ("title", .string()), ("steps", .array(.string())), ("divisions", .array(.string())),
                ("period", .object([], required: [], open: true)), ("monitoring", .string()),
                ("indicators", .array(.integer())), ("itemCodes", .array(.string())),
            ],
            required: ["title"], open: true),
        "MeasureBody": .object(
            [
                ("template", .string(description: "A measure template's key; the other fields are then ignored.")),
                ("title", .string()), ("steps", .array(.string())), ("divisions", .array(.string())),
                ("period", .object([("start", .reference("YearMonth")), ("end", .reference("YearMonth"))], required: ["start", "end"])),
                ("monitoring", .string()), ("indicators", .array(.integer())), ("itemCodes", .array(.string())),
            ],
            required: []),
        "YearMonth": .object(
            [("year", .integer(description: "พ.ศ.")), ("month", .integer(minimum: 1, maximum: 12))], required: ["year", "month"]),
        "MeasureRecord": .object(
            [("id", .string(format: "uuid")), ("planYear", .integer()), ("position", .integer()), ("measure", .reference("Measure"))],
            required: ["id", "position", "measure"], open: true),
        "StoredPlan": .object(
            [("year", .reference("FiscalYear")), ("measures", .array(.reference("MeasureRecord")))], required: ["year", "measures"]),
        "ResultAnswer": .object(
            [("year", .reference("FiscalYear")), ("findings", .array(.reference("Finding")))], required: ["year", "findings"]),
        "ImportAnswer": .object(
            [
                ("format", .oneOfStrings(["document", "csv", "json"])), ("planYear", .integer()), ("yearExisted", .boolean()),
                ("plan", .object([], required: [], open: true, description: "The plan as read, before it is stored.")),
                ("warnings", .array(.object(
                    [("line", .integer()), ("field", .string()), ("messageTH", .string()), ("messageEN", .string())],
                    required: ["field", "messageTH", "messageEN"], open: true))),
                ("findings", .array(.reference("Finding"))),
                ("stored", .oneOfStrings(["created", "updated"], description: "What confirm=true did; absent for a preview.")),
            ],
            required: ["format", "planYear", "yearExisted", "plan", "warnings", "findings"], open: true),
    ]
}

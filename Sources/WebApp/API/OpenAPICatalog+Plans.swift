/// Plan years, results, analysis and the next year (the results and editors feature).
extension OpenAPICatalog {
    static let plans: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years", access: .agencyReader, id: "listYears", tag: "plans",
            summary: "The agency's plan years, ascending.",
            answers: [.json(200, "Plan years.", .reference("YearList"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years/:year/plan", access: .agencyReader, id: "getPlan", tag: "plans",
            summary: "A stored plan: the year's result, recommendations, analysis and measures.",
            answers: [.json(200, "The plan.", .reference("StoredPlan"))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/years/:year/next", access: .planEditor, id: "startNextYear", tag: "plans",
            summary: "Start the next plan year from this one: the measures copied, statuses and progress reset, periods shifted.",
            answers: [.json(201, "The new year's plan.", .reference("StoredPlan"))],
            refusals: [409]),
        OpenAPIOperation(
            method: .put, path: "/api/v1/agencies/:agency/years/:year/result", access: .planEditor, id: "replaceResult", tag: "results",
            summary: "Replace the year's ITA result (of the year before the plan year) and check it.",
            body: .json(.reference("PublishedResult")),
            answers: [.json(200, "Stored, with the consistency findings.", .reference("ResultAnswer"))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/years/:year/import", access: .planEditor, id: "importPlan", tag: "results",
            summary: "Read a published measures document, a CSV or a JSON result; store it with `confirm=true`.",
            query: [
                .init(name: "fileName", description: "The file's name; its extension tells the format.", schema: .string()),
                .init(name: "confirm", description: "`true` stores what was read; otherwise a preview.", schema: .oneOfStrings(["true", "false"])),
            ],
            body: .file(["text/plain", "text/csv", "application/json", "application/octet-stream"], "The file's bytes."),
            answers: [
                .json(200, "Preview, or the year updated.", .reference("ImportAnswer")),
                .json(201, "The year created.", .reference("ImportAnswer")),
            ],
            refusals: [413, 422]),
        OpenAPIOperation(
            method: .put, path: "/api/v1/agencies/:agency/years/:year/analysis", access: .planEditor, id: "replaceAnalysis", tag: "analysis",
            summary: "Replace the year's analysis and recommendations.",
            body: .json(.reference("AnalysisContent")),
            answers: [.json(200, "The year as stored.", .reference("FiscalYear"))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/years/:year/analysis/redraft", access: .planEditor, id: "redraftAnalysis", tag: "analysis",
            summary: "Draft the analysis again from the result and recommendations.",
            answers: [.json(200, "The year as stored.", .reference("FiscalYear"))]),
    ]
}

/// The measures of a plan year (the measures editor feature).
extension OpenAPICatalog {
    static let measures: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/years/:year/measures", access: .agencyReader, id: "listMeasures", tag: "measures",
            summary: "The year's measures in order.",
            answers: [.json(200, "Measures.", .array(.reference("MeasureRecord")))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/years/:year/measures", access: .planEditor, id: "addMeasure", tag: "measures",
            summary: "Add a measure at the end, from its fields or from a template.",
            body: .json(.reference("MeasureBody")),
            answers: [.json(201, "Added.", .reference("MeasureRecord"))]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies/:agency/measures/:measure", access: .agencyReader, id: "getMeasure", tag: "measures",
            summary: "One measure.",
            answers: [.json(200, "The measure.", .reference("MeasureRecord"))]),
        OpenAPIOperation(
            method: .put, path: "/api/v1/agencies/:agency/measures/:measure", access: .measureWorker, id: "updateMeasure", tag: "measures",
            summary: "Change a measure; fields left out keep their value.",
            body: .json(.reference("MeasureBody")),
            answers: [.json(200, "The measure as stored.", .reference("MeasureRecord"))]),
        OpenAPIOperation(
            method: .delete, path: "/api/v1/agencies/:agency/measures/:measure", access: .planEditor, id: "deleteMeasure", tag: "measures",
            summary: "Delete a measure that has no progress yet.",
            answers: [.empty(204, "Deleted.")],
            refusals: [409]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies/:agency/measures/:measure/move", access: .planEditor, id: "moveMeasure", tag: "measures",
            summary: "Move a measure one place up or down.",
            query: [.init(name: "direction", description: "up or down", schema: .oneOfStrings(["up", "down"]))],
            answers: [.json(200, "The year's measures in their new order.", .array(.reference("MeasureRecord")))]),
    ]
}

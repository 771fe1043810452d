/// What each path parameter of the API means, by its name in the route table.
enum OpenAPIParameters {
    static let path: [String: (description: String, schema: JSONSchema)] = [
        "agency": ("The agency's URL name, e.g. thapkhlo.", .string()),
        "year": ("A plan fiscal year in พ.ศ., e.g. 2566.", .integer(minimum: 2500, maximum: 2700)),
        "user": ("A username.", .string()),
        "measure": ("A measure's id.", .string(format: "uuid")),
        "evidence": ("An evidence file's id.", .string(format: "uuid")),
        "meeting": ("A meeting report's id.", .string(format: "uuid")),
        "item": ("An OIT item's code in the year's criteria, e.g. O23.", .string()),
    ]
}

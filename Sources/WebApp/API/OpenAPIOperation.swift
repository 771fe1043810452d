import HTTPTypes

/// One API route as the OpenAPI document describes it. The path is spelled as in the route table
/// (`:agency`), and the access rule is the table's, so a test can hold the two side by side.
struct OpenAPIOperation: Sendable {
    /// A request body: one schema per accepted media type.
    struct Body: Sendable {
        var content: [(mediaType: String, schema: JSONSchema)]

        static func json(_ schema: JSONSchema) -> Body { Body(content: [("application/json", schema)]) }

        /// A JSON body, or the same fields as a multipart form with files.
        static func jsonOrMultipart(_ json: JSONSchema, _ multipart: JSONSchema) -> Body {
            Body(content: [("application/json", json), ("multipart/form-data", multipart)])
        }

        /// The raw bytes of a file, sent as the whole body.
        static func file(_ mediaTypes: [String], _ description: String) -> Body {
            Body(content: mediaTypes.map { (mediaType: $0, schema: JSONSchema.binary(description: description)) })
        }
    }

    struct Answer: Sendable {
        var status: Int
        var description: String
        /// Media type and schema of the answer; nil for an empty body.
        var content: (mediaType: String, schema: JSONSchema)?

        static func json(_ status: Int, _ description: String, _ schema: JSONSchema) -> Answer {
            Answer(status: status, description: description, content: ("application/json", schema))
        }

        static func empty(_ status: Int, _ description: String) -> Answer {
            Answer(status: status, description: description, content: nil)
        }

        static func file(_ status: Int, _ description: String, mediaType: String) -> Answer {
            Answer(status: status, description: description, content: (mediaType, .binary()))
        }
    }

    struct QueryParameter: Sendable {
        var name: String
        var description: String
        var schema: JSONSchema
    }

    var method: HTTPRequest.Method
    var path: String
    var access: RouteAccess
    var id: String
    var tag: String
    var summary: String
    var query: [QueryParameter] = []
    var body: Body?
    var answers: [Answer]
    /// Refusals beyond those the access rule, the parameters and the body imply (409, 413, 429, …).
    var refusals: [Int] = []

    /// `/api/v1/agencies/{agency}` for `/api/v1/agencies/:agency`; `{name}` parts stay as they are.
    var templatedPath: String { RoutePath.templated(path) }

    var pathParameters: [String] { RoutePath.parameters(path) }

    var isWrite: Bool { method != .get && method != .head }

    /// Every refusal this operation can answer, from its shape and its access rule.
    var refusalStatuses: [Int] {
        var statuses = Set(refusals)
        if body != nil || !query.isEmpty { statuses.insert(400) }
        if access != .anyone { statuses.insert(401) }
        // 403: a role that may not, a cookie session writing without its CSRF token, or a one-time
        // password not yet changed.
        if access != .anyone { statuses.insert(403) }
        if !pathParameters.isEmpty { statuses.insert(404) }
        return statuses.sorted()
    }
}

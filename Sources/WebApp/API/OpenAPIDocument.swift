/// The OpenAPI 3.1 document of the JSON API, assembled from one `OpenAPIOperation` per route.
struct OpenAPIDocument {
    var operations: [OpenAPIOperation]

    /// The operations of the routes this server has: a described route that is not registered
    /// (yet) is left out, so the document never promises what the server does not answer.
    static func served(entries: [RouteEntry], catalog: [OpenAPIOperation] = OpenAPICatalog.operations) -> OpenAPIDocument {
        let registered = Set(entries.map { "\($0.method.rawValue) \($0.path)" })
        return OpenAPIDocument(operations: catalog.filter { registered.contains("\($0.method.rawValue) \($0.path)") })
    }

    var json: JSONBody {
        var paths: [String: [String: JSONBody]] = [:]
        for operation in operations {
            paths[operation.templatedPath, default: [:]][operation.method.rawValue.lowercased()] = Self.json(operation)
        }
        let tags = Array(Set(operations.map(\.tag))).sorted().map { JSONBody.object(["name": .string($0)]) }
        return .object([
            "openapi": .string("3.1.0"),
            "info": .object([
                "title": .string("Prongsai API"),
                "version": .string("1"),
                "description": .string(Self.description),
            ]),
            "tags": .array(tags),
            "paths": .object(paths.mapValues { JSONBody.object($0) }),
            "components": .object([
                "schemas": .object(OpenAPISchemas.all.mapValues(\.json)),
                "securitySchemes": Self.securitySchemes,
            ]),
            "security": Self.readSecurity,
        ])
    }

    static let description = """
        The JSON API of Prongsai (โปร่งใส). Sign in with POST /api/v1/session to get a bearer token, \
        then send `Authorization: Bearer <token>`. A browser session (cookie) may call the API too; \
        its writes must then send the session's CSRF token in `X-CSRF-Token`. \
        Every refusal is `{"error", "errorTH", "field"}` with the field at fault when there is one. \
        `x-prongsai-access` names who may call an operation.
        """

    static let securitySchemes: JSONBody = .object([
        "bearerAuth": .object([
            "type": .string("http"), "scheme": .string("bearer"),
            "description": .string("The token from POST /api/v1/session."),
        ]),
        "cookieAuth": .object([
            "type": .string("apiKey"), "in": .string("cookie"), "name": .string("prongsai_session"),
            "description": .string("The browser's session cookie, set by signing in at /login."),
        ]),
        "csrfToken": .object([
            "type": .string("apiKey"), "in": .string("header"), "name": .string("X-CSRF-Token"),
            "description": .string("The session's CSRF token; required with the cookie for every write."),
        ]),
    ])

    /// Reads: a bearer token, or the session cookie.
    static let readSecurity: JSONBody = .array([
        .object(["bearerAuth": .array([])]), .object(["cookieAuth": .array([])]),
    ])

    /// Writes: a bearer token, or the cookie together with the CSRF header.
    static let writeSecurity: JSONBody = .array([
        .object(["bearerAuth": .array([])]), .object(["cookieAuth": .array([]), "csrfToken": .array([])]),
    ])

    static func json(_ operation: OpenAPIOperation) -> JSONBody {
        var object: [String: JSONBody] = [
            "operationId": .string(operation.id),
            "summary": .string(operation.summary),
            "tags": .array([.string(operation.tag)]),
            "x-prongsai-access": .string(operation.access.rawValue),
            "responses": responses(operation),
        ]
        if operation.access == .anyone {
            object["security"] = .array([])
        } else if operation.isWrite {
            object["security"] = writeSecurity
        }
        let parameters = operation.pathParameters.map(pathParameter) + operation.query.map { query in
            JSONBody.object([
                "name": .string(query.name), "in": .string("query"), "required": .bool(false),
                "description": .string(query.description), "schema": query.schema.json,
            ])
        }
        if !parameters.isEmpty { object["parameters"] = .array(parameters) }
        if let body = operation.body {
            let content = Dictionary(uniqueKeysWithValues: body.content.map { ($0.mediaType, JSONBody.object(["schema": $0.schema.json])) })
            object["requestBody"] = .object(["required": .bool(true), "content": .object(content)])
        }
        return .object(object)
    }

    private static func responses(_ operation: OpenAPIOperation) -> JSONBody {
        var responses: [String: JSONBody] = [:]
        for answer in operation.answers {
            var response: [String: JSONBody] = ["description": .string(answer.description)]
            if let content = answer.content {
                response["content"] = .object([content.mediaType: .object(["schema": content.schema.json])])
            }
            responses[String(answer.status)] = .object(response)
        }
        for status in operation.refusalStatuses {
            responses[String(status)] = .object([
                "description": .string(refusalDescription(status)),
                "content": .object(["application/json": .object(["schema": JSONSchema.reference("Error").json])]),
            ])
        }
        return .object(responses)
    }

    private static func pathParameter(_ name: String) -> JSONBody {
        let known = OpenAPIParameters.path[name]
        return .object([
            "name": .string(name), "in": .string("path"), "required": .bool(true),
            "description": .string(known?.description ?? name),
            "schema": (known?.schema ?? .string()).json,
        ])
    }

    static func refusalDescription(_ status: Int) -> String {
        switch status {
        case 400: "Bad input; `field` names the field at fault."
        case 401: "Not signed in, or the session has ended."
        case 403: "Not allowed for this role, a missing CSRF token, or a one-time password still to change."
        case 404: "No such agency, year or record (or none this caller may see)."
        case 409: "Conflicts with what is stored (a taken name, one's own account)."
        case 413: "The body or upload is too large."
        case 415: "The file's bytes are not of an accepted type."
        case 422: "Well-formed but cannot be used (e.g. a result that does not score)."
        case 429: "Too many failed sign-ins for this username; see Retry-After."
        default: "Refused."
        }
    }
}

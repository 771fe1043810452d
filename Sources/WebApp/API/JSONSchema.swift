import Foundation

/// A JSON Schema in the 2020-12 dialect that OpenAPI 3.1 uses, as far as this API needs it.
indirect enum JSONSchema: Sendable {
    case string(format: String? = nil, description: String? = nil)
    /// A string from a fixed list.
    case oneOfStrings([String], description: String? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil, description: String? = nil)
    case number(description: String? = nil)
    case boolean(description: String? = nil)
    case array(JSONSchema, description: String? = nil)
    /// An object with named properties; `open` allows properties not listed (values whose shape
    /// belongs to the core model and may grow).
    case object([(String, JSONSchema)], required: [String], open: Bool = false, description: String? = nil)
    /// A map from any key to values of one schema.
    case dictionary(JSONSchema, description: String? = nil)
    /// A schema under `#/components/schemas/`.
    case reference(String)
    /// The value, or null.
    case nullable(JSONSchema)
    /// Raw bytes of an upload or a download.
    case binary(description: String? = nil)

    var json: JSONBody {
        switch self {
        case .string(let format, let description):
            return Self.annotated(["type": .string("string"), "format": format.map(JSONBody.string)], description)
        case .oneOfStrings(let values, let description):
            return Self.annotated(["type": .string("string"), "enum": .array(values.map(JSONBody.string))], description)
        case .integer(let minimum, let maximum, let description):
            return Self.annotated(
                ["type": .string("integer"), "minimum": minimum.map { JSONBody.number(Decimal($0)) }, "maximum": maximum.map { JSONBody.number(Decimal($0)) }],
                description)
        case .number(let description):
            return Self.annotated(["type": .string("number")], description)
        case .boolean(let description):
            return Self.annotated(["type": .string("boolean")], description)
        case .array(let items, let description):
            return Self.annotated(["type": .string("array"), "items": items.json], description)
        case .object(let properties, let required, let open, let description):
            var fields: [String: JSONBody?] = [
                "type": .string("object"),
                "properties": .object(Dictionary(uniqueKeysWithValues: properties.map { ($0.0, $0.1.json) })),
            ]
            if !required.isEmpty { fields["required"] = JSONBody.array(required.map(JSONBody.string)) }
            if !open { fields["additionalProperties"] = JSONBody.bool(false) }
            return Self.annotated(fields, description)
        case .dictionary(let values, let description):
            return Self.annotated(["type": .string("object"), "additionalProperties": values.json], description)
        case .reference(let name):
            return .object(["$ref": .string("#/components/schemas/\(name)")])
        case .nullable(let schema):
            return .object(["anyOf": .array([schema.json, .object(["type": .string("null")])])])
        case .binary(let description):
            return Self.annotated(["type": .string("string"), "contentMediaType": .string("application/octet-stream")], description)
        }
    }

    /// Drops absent keywords and adds the description when there is one.
    private static func annotated(_ fields: [String: JSONBody?], _ description: String?) -> JSONBody {
        var object = fields.compactMapValues { $0 }
        if let description { object["description"] = .string(description) }
        return .object(object)
    }
}

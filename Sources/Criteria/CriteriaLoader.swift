import Foundation

/// Reads and validates year files. A file that decodes but breaks a rule is rejected, never half-used.
public enum CriteriaLoader {
    /// Decodes one year file and validates it; `file` names it in errors.
    public static func load(_ data: Data, file: String) throws(CriteriaError) -> Criteria {
        let criteria: Criteria
        do {
            criteria = try JSONDecoder().decode(Criteria.self, from: data)
        } catch let error as DecodingError {
            throw CriteriaError(file: file, path: error.codingPathDescription, reason: error.plainReason)
        } catch {
            throw CriteriaError(file: file, path: "", reason: "\(error)")
        }
        try CriteriaValidator(criteria: criteria, file: file).validate()
        return criteria
    }
}

extension DecodingError {
    var codingPathDescription: String {
        let path: [any CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            path = []
        }
        return path.reduce(into: "") { text, key in
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
    }

    var plainReason: String {
        switch self {
        case .typeMismatch(let type, _): "expected a value of type \(type)"
        case .valueNotFound(let type, _): "missing a value of type \(type)"
        case .keyNotFound(let key, _): "missing field \"\(key.stringValue)\""
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "unreadable"
        }
    }
}

/// JSON paths for error messages: "items[12].indicator", "indicators.11".
public enum CodingPath {
    /// Array positions print as "[n]", keys as ".name".
    public static func describe(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { text, key in
            // JSONDecoder names array positions "Index n"; a dictionary key that happens to be a
            // number ("11") is a name, not a position.
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
    }
}

extension DecodingError {
    /// The full path of the value the error is about, including a missing key.
    public var fullCodingPath: [any CodingKey] {
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath
        case .keyNotFound(let key, let context):
            context.codingPath + [key]
        @unknown default:
            []
        }
    }

    /// What is wrong, in plain English.
    public var plainReason: String {
        switch self {
        case .typeMismatch(let type, _): "expected a value of type \(type)"
        case .valueNotFound(let type, _): "missing a value of type \(type)"
        case .keyNotFound(let key, _): "missing field \"\(key.stringValue)\""
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "unreadable"
        }
    }
}

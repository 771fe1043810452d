/// Route paths as the router reads them: a parameter is a whole `:name` component, or a `{name}`
/// inside one (`o42.{format}`). OpenAPI writes both as `{name}`.
enum RoutePath {
    static func parameters(_ path: String) -> [String] {
        path.split(separator: "/").compactMap { component in
            if component.hasPrefix(":") { return String(component.dropFirst()) }
            guard let open = component.firstIndex(of: "{"), let close = component[open...].firstIndex(of: "}") else { return nil }
            return String(component[component.index(after: open)..<close])
        }
    }

    static func templated(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
    }

    /// The path with each parameter replaced by `value(name)`; nil when a value is missing.
    static func filled(_ path: String, _ value: (String) -> String?) -> Result<String, MissingParameter> {
        var parts: [String] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.hasPrefix(":") {
                let name = String(component.dropFirst())
                guard let filled = value(name) else { return .failure(MissingParameter(name: name)) }
                parts.append(filled)
            } else if let open = component.firstIndex(of: "{"), let close = component[open...].firstIndex(of: "}") {
                let name = String(component[component.index(after: open)..<close])
                guard let filled = value(name) else { return .failure(MissingParameter(name: name)) }
                parts.append(String(component[..<open]) + filled + String(component[component.index(after: close)...]))
            } else {
                parts.append(String(component))
            }
        }
        return .success(parts.joined(separator: "/"))
    }

    struct MissingParameter: Error {
        var name: String
    }
}

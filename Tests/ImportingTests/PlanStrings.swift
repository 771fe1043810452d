import Foundation

/// Every string inside a value, found by reflection, with the path to it, so hygiene checks cover
/// fields added later too.
enum PlanStrings {
    static func all(in value: Any, path: String = "plan") -> [(path: String, text: String)] {
        if let text = value as? String { return [(path, text)] }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            return mirror.children.first.map { all(in: $0.value, path: path) } ?? []
        }
        return mirror.children.enumerated().flatMap { index, child in
            all(in: child.value, path: "\(path).\(child.label ?? "[\(index)]")")
        }
    }

    /// Substring search over UTF-16, which Swift's Character matching would not do for " ำ".
    static func contains(_ text: String, _ needle: String) -> Bool {
        (text as NSString).range(of: needle, options: .literal).location != NSNotFound
    }

    static func isNFC(_ text: String) -> Bool {
        Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }
}

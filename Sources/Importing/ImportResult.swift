import Planning

/// An imported value and everything the importer had to repair or skip to produce it.
public struct ImportResult<Value> {
    public var value: Value
    public var warnings: [ImportWarning]

    public init(value: Value, warnings: [ImportWarning] = []) {
        self.value = value
        self.warnings = warnings
    }
}

extension ImportResult: Sendable where Value: Sendable {}
extension ImportResult: Equatable where Value: Equatable {}
extension ImportResult: Hashable where Value: Hashable {}

extension ImportResult where Value == MeasuresPlan {
    /// The OIT items the document names as not accepted (recommendations and urgent weaknesses).
    public var namedRejectedItems: Set<String> { value.namedRejectedItems }
}

/// The tables the pages show, each downloadable as CSV under `/a/:agency/export/<name>.csv`.
enum ExportTable: String, CaseIterable, Sendable {
    /// Indicators, instruments, total and level of the stored result.
    case results
    case recommendations
    /// One row per indicator.
    case analysis
    case measures
    /// Every progress entry of the year's measures.
    case progress
    /// Every evidence file of the year's measures.
    case evidence
}

import Workbench

/// A status as a coloured label, "overdue" taking precedence.
struct ProgressStatusLabel {
    let status: ProgressStatus
    let overdue: Bool
    let language: Language

    var html: HTML {
        if overdue { return "<span class=\"status overdue\">\(language("เกินกำหนด", "Overdue"))</span>" }
        return "<span class=\"status \(status.rawValue)\">\(language(status.nameTH, status.nameEN))</span>"
    }
}

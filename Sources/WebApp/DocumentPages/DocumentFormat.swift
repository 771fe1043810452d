/// The forms each document comes in.
enum DocumentFormat: String, CaseIterable, Sendable {
    case html, docx, pdf

    static let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    /// The `{format}` of the path, or a 404 that names it.
    static func parse(_ text: String?) throws -> DocumentFormat {
        guard let text, let format = DocumentFormat(rawValue: text.lowercased()) else {
            throw WebError(
                .notFound, field: "format", th: "ไม่มีเอกสารในรูปแบบ \(text ?? "") (มี html, docx, pdf)",
                en: "no document in the format \(text ?? ""); use html, docx or pdf")
        }
        return format
    }

    /// "…/o43" + ".docx", or the meeting's id + ".pdf": the link of each format of a document.
    static func links(_ base: String, query: String = "") -> HTML {
        HTML.join(allCases.map { "<a href=\"\(base).\($0.rawValue)\(query)\">\($0.label)</a>" }, separator: " · ")
    }

    var label: String {
        switch self {
        case .html: "HTML"
        case .docx: "Word (.docx)"
        case .pdf: "PDF"
        }
    }
}

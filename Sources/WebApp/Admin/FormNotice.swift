/// The box above a form that says why it was refused, naming the field, or what was just done.
enum FormNotice {
    static func error(_ error: WebError?, language: Language) -> HTML {
        guard let error else { return .empty }
        let field: HTML = error.field.map { " <span class=\"field\">(\(language("ช่อง", "field")) <code>\($0)</code>)</span>" } ?? .empty
        return "<p class=\"notice error\" role=\"alert\" id=\"error\">\(language(error.messageTH, error.messageEN))\(field)</p>"
    }

    static func success(_ message: String?) -> HTML {
        guard let message else { return .empty }
        return "<p class=\"notice success\" role=\"status\">\(message)</p>"
    }
}

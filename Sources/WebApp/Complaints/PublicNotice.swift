/// The refusal box of the public pages: the reason in plain words, without the field's code name, which
/// means nothing to a reporter (the signed-in pages name it for their users and for scripts).
enum PublicNotice {
    static func error(_ error: WebError?, language: Language) -> HTML {
        guard let error else { return .empty }
        return "<p class=\"notice error\" role=\"alert\" id=\"error\">\(language(error.messageTH, error.messageEN))</p>"
    }
}

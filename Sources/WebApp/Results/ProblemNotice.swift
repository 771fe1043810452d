/// The notice a form page shows above itself when what was sent is refused, naming the field.
enum ProblemNotice {
    static func render(_ problem: WebError?, _ t: Language) -> HTML {
        guard let problem else { return .empty }
        let field: HTML = problem.field.map { " <span class=\"field\">(\(t("ช่อง", "field")) <code>\($0)</code>)</span>" } ?? .empty
        return """
            <div class="notice error" role="alert" id="problem"><p><strong>\(t("บันทึกไม่ได้", "Not saved")):</strong>
            \(t(problem.messageTH, problem.messageEN))\(field)</p>
            <p class="muted" lang="\(t.other.rawValue)">\(t.other(problem.messageTH, problem.messageEN))</p></div>
            """
    }
}

/// Typed text with its line breaks kept, escaped.
struct MultilineText {
    let text: String
    init(_ text: String) { self.text = text }

    var html: HTML {
        HTML.join(text.split(separator: "\n", omittingEmptySubsequences: false).map { "\(String($0))" }, separator: "<br>")
    }
}

import Importing

extension WebError {
    /// An input that cannot be imported: a 400 naming the field, with the line in both messages.
    static func importFailure(_ error: ImportError) -> WebError {
        let file = error.fileName.map { "\($0) " } ?? ""
        let th = error.line.map { "\(file)บรรทัด \($0): " } ?? file
        let en = error.line.map { "\(file)line \($0): " } ?? file
        return WebError(.badRequest, field: error.field, th: th + error.messageTH, en: en + error.messageEN)
    }
}

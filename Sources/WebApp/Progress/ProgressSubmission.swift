import Foundation

/// A progress report as the form or the API sent it, before any of it is checked.
struct ProgressSubmission: Sendable {
    /// An uploaded file with the effective date typed beside it, if any.
    struct Evidence: Sendable {
        var file: FormData.File
        var effectiveDate: String?
        /// The name of the date field beside it, for messages: "effective", "effective2", …
        var effectiveField: String
    }

    var date: String?
    var status: String?
    var percent: String?
    var text: String?
    var evidence: [Evidence] = []

    /// The field name of the first file slot; further slots are "evidence2", "evidence3", …
    static let fileField = "evidence"
    /// The effective date of a slot's files: "effective", "effective2", …
    static let effectiveField = "effective"

    /// From the page's form or a multipart API call. Every file field whose name starts with
    /// "evidence" is a slot, and its files take the date of the "effective" field with the same suffix.
    init(form: FormData) {
        date = form["date"]
        status = form["status"]
        percent = form["percent"]
        text = form["text"]
        evidence = form.files.filter { $0.fieldName.hasPrefix(Self.fileField) && !$0.bytes.isEmpty }.map { file in
            let suffix = file.fieldName.dropFirst(Self.fileField.count)
            let field = Self.effectiveField + suffix
            return Evidence(file: file, effectiveDate: form[field], effectiveField: field)
        }
    }

    /// From a JSON API call, which carries no files.
    init(json: JSON) {
        date = json.date
        status = json.status
        percent = json.percent.map(String.init)
        text = json.text
    }

    /// The JSON body of `POST …/measures/:measure/progress`.
    struct JSON: Decodable, Sendable {
        var date: String?
        var status: String?
        var percent: Int?
        var text: String?
    }
}

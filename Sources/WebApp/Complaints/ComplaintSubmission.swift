import Complaints
import Foundation
import Workbench

/// A report as the public form sent it, checked: a category, the details, optional fields and contact
/// details, and attachments of accepted types within the size limits.
struct ComplaintSubmission: Sendable {
    /// A file that passed the checks, its metadata already stripped.
    struct File: Sendable {
        var fileName: String
        var kind: ContentSniffer.Kind
        var bytes: Data
    }

    var category: ComplaintCategory?
    var subject: String
    var details: String
    var whenAndWhere: String
    var peopleInvolved: String
    var contactName: String
    var contactPhone: String
    var contactEmail: String
    var files: [File] = []

    static let maximumFiles = 5
    static let maximumFileBytes = 5 * 1_048_576
    static let maximumTotalBytes = 10 * 1_048_576
    /// The whole form, text and files, as read from the request.
    static let maximumBodyBytes = 11 * 1_048_576
    static let maximumDetails = 20_000
    static let maximumShortField = 2_000

    /// The fields as typed, for showing the form again; never throws.
    init(form: FormData) {
        category = form["category"].flatMap(ComplaintCategory.init(rawValue:))
        subject = form["subject"] ?? ""
        details = form["details"] ?? ""
        whenAndWhere = form["whenAndWhere"] ?? ""
        peopleInvolved = form["peopleInvolved"] ?? ""
        contactName = form["contactName"] ?? ""
        contactPhone = form["contactPhone"] ?? ""
        contactEmail = form["contactEmail"] ?? ""
    }

    static let empty = ComplaintSubmission(form: FormData())

    /// Checks the text fields and the files; the first problem is thrown, naming the field or the file.
    mutating func validate(files uploads: [FormData.File]) throws {
        guard category != nil else {
            throw WebError.badInput("category", th: "กรุณาเลือกประเภทเรื่อง", en: "please choose what the report is about")
        }
        guard !details.isEmpty else {
            throw WebError.badInput("details", th: "กรุณาเล่ารายละเอียดของเรื่อง", en: "please describe what happened")
        }
        guard details.count <= Self.maximumDetails else {
            throw WebError.badInput("details", th: "รายละเอียดยาวเกิน \(Self.maximumDetails) ตัวอักษร", en: "the details are longer than \(Self.maximumDetails) characters")
        }
        for (field, value) in [("subject", subject), ("whenAndWhere", whenAndWhere), ("peopleInvolved", peopleInvolved),
                               ("contactName", contactName), ("contactPhone", contactPhone), ("contactEmail", contactEmail)]
        where value.count > Self.maximumShortField {
            throw WebError.badInput(field, th: "ข้อความในช่องนี้ยาวเกินไป", en: "this field is too long")
        }
        files = try Self.checkedFiles(uploads)
    }

    /// Accepted files: PDF, JPEG, PNG, Word and Excel, decided from their bytes; at most five, 5 MB each,
    /// 10 MB together. Anything else is refused with 415, naming the file.
    static func checkedFiles(_ uploads: [FormData.File]) throws -> [File] {
        guard uploads.count <= maximumFiles else {
            throw WebError(.contentTooLarge, field: "attachment", th: "แนบไฟล์ได้ไม่เกิน \(maximumFiles) ไฟล์", en: "at most \(maximumFiles) files can be attached")
        }
        var total = 0
        return try uploads.map { upload in
            let name = displayName(upload.fileName)
            guard upload.bytes.count <= maximumFileBytes else {
                throw WebError(.contentTooLarge, field: "attachment", th: "ไฟล์ \"\(name)\" ใหญ่เกิน 5 MB", en: "the file \"\(name)\" is larger than 5 MB")
            }
            total += upload.bytes.count
            guard total <= maximumTotalBytes else {
                throw WebError(.contentTooLarge, field: "attachment", th: "ไฟล์แนบรวมกันใหญ่เกิน 10 MB", en: "the attachments together are larger than 10 MB")
            }
            guard let kind = ContentSniffer.evidenceKind(of: upload.bytes) else {
                throw WebError(
                    .unsupportedMediaType, field: "attachment",
                    th: "ไฟล์ \"\(name)\" ไม่ใช่ชนิดที่รับได้ กรุณาแนบ PDF, รูปภาพ JPG หรือ PNG, Word (.docx) หรือ Excel (.xlsx)",
                    en: "the file \"\(name)\" is not of an accepted type; attach PDF, JPG or PNG images, Word (.docx) or Excel (.xlsx)")
            }
            return File(fileName: name, kind: kind, bytes: try cleanedBytes(upload.bytes, kind: kind, fileName: name))
        }
    }

    /// A file name as shown back: no folders, no control characters, at most 120 characters.
    static func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
        return clean.isEmpty ? "file" : String(clean.prefix(120))
    }

    /// The report as it is sealed.
    var content: ReportContent {
        ReportContent(
            subject: subject, details: details, whenAndWhere: whenAndWhere, peopleInvolved: peopleInvolved,
            contact: ContactDetails.ifGiven(name: contactName, phone: contactPhone, email: contactEmail))
    }
}

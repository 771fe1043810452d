import Foundation

/// The type of an uploaded file, decided from its bytes; the name and the browser's claim are ignored.
public enum ContentSniffer {
    public struct Kind: Hashable, Sendable {
        public var mimeType: String
        public var fileExtension: String
    }

    public static let pdf = Kind(mimeType: "application/pdf", fileExtension: "pdf")
    public static let png = Kind(mimeType: "image/png", fileExtension: "png")
    public static let jpeg = Kind(mimeType: "image/jpeg", fileExtension: "jpg")
    public static let docx = Kind(
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fileExtension: "docx")
    public static let xlsx = Kind(
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileExtension: "xlsx")

    /// Evidence files Prongsai accepts: PDF, PNG, JPEG, Word and Excel documents.
    public static func evidenceKind(of bytes: Data) -> Kind? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return pdf }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // An OOXML package names its main part in the zip directory; the bytes are plain ASCII there.
            if bytes.range(of: Data("word/document.xml".utf8)) != nil { return docx }
            if bytes.range(of: Data("xl/workbook.xml".utf8)) != nil { return xlsx }
        }
        return nil
    }

    /// Whether the bytes are UTF-8 text (a published document's extracted text, a CSV, a JSON file).
    public static func isUTF8Text(_ bytes: Data) -> Bool {
        guard !bytes.contains(0) else { return false }
        return String(data: bytes, encoding: .utf8) != nil
    }
}

import Crypto
import Foundation
import ThaiText
import Workbench

/// Checks one uploaded evidence file and turns it into what storage keeps: its size against the
/// limit, its type from its bytes (never the name or the browser's claim), its SHA-256.
struct EvidenceIntake {
    let maxBytes: Int

    /// The kinds accepted, for messages.
    static let acceptedTH = "PDF, PNG, JPEG, Word (.docx) หรือ Excel (.xlsx)"
    static let acceptedEN = "PDF, PNG, JPEG, Word (.docx) or Excel (.xlsx)"

    func check(_ file: FormData.File) throws -> (name: String, kind: ContentSniffer.Kind, sha256: String) {
        let name = Self.cleanName(file.fileName)
        guard file.bytes.count <= maxBytes else {
            throw WebError(
                .contentTooLarge, field: file.fieldName,
                th: "ไฟล์ \(name) มีขนาด \(Self.size(file.bytes.count)) เกินกำหนด \(Self.size(maxBytes))",
                en: "the file \(name) is \(Self.size(file.bytes.count)), over the limit of \(Self.size(maxBytes))")
        }
        guard let kind = ContentSniffer.evidenceKind(of: file.bytes) else {
            throw WebError(
                .unsupportedMediaType, field: file.fieldName,
                th: "ไฟล์ \(name) ไม่ใช่ชนิดที่รับได้ รับเฉพาะ \(Self.acceptedTH)",
                en: "the file \(name) is not of an accepted kind; only \(Self.acceptedEN) are accepted")
        }
        return (name, kind, Self.sha256(file.bytes))
    }

    /// Lower-case hex SHA-256.
    static func sha256(_ bytes: Data) -> String {
        let digits = Array("0123456789abcdef")
        return String(SHA256.hash(data: bytes).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    /// The name without any folder (older browsers send "C:\fakepath\…"), control characters or
    /// excess length; "evidence" when nothing is left.
    static func cleanName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let printable = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
        let trimmed = printable.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "evidence" : String(trimmed.prefix(200))
    }

    /// "850 KB", "1.2 MB"
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1_048_576 { return "\(Int((Double(bytes) / 1024).rounded())) KB" }
        let tenths = Int((Double(bytes) / 1_048_576 * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// "PDF", "Word", … for the type stored.
    static func label(_ mimeType: String) -> String {
        switch mimeType {
        case ContentSniffer.pdf.mimeType: "PDF"
        case ContentSniffer.png.mimeType: "PNG"
        case ContentSniffer.jpeg.mimeType: "JPEG"
        case ContentSniffer.docx.mimeType: "Word"
        case ContentSniffer.xlsx.mimeType: "Excel"
        default: mimeType
        }
    }
}

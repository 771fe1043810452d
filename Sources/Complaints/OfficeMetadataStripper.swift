import Foundation
import OfficePackage

/// Removes what a Word or Excel file says about the people who wrote it, before it is sealed: in a small
/// agency the author's name in a .docx from the office PC is enough to name the reporter.
///
/// The package is rewritten part by part: the document properties (author, last editor, company, manager,
/// custom fields) are replaced by empty ones; the names on tracked changes and comments, and user folders
/// in paths, are blanked in every XML part; photos inside the document lose their EXIF like attachments do.
/// The text, tables and pictures themselves are untouched.
public enum OfficeMetadataStripper {
    /// The package with the names removed. Throws `ZipRefusal` as soon as it inflates past `limits` (a zip
    /// bomb: the work done is bounded by the limits, not by what the zip claims), and another error when
    /// the bytes are not a zip it can read.
    public static func cleaned(_ input: Data, limits: ZipLimits = .attachment) throws -> Data {
        let parts = try ZipPackage.parts(of: input, limits: limits)
        return try ZipPackage.data(parts.map { ($0.path, cleanedPart($0.path, $0.data)) })
    }

    /// Nil when the bytes are not a zip it can read, or the parts would unpack to more than this bound
    /// (a zip bomb); the caller keeps such a file as it came.
    public static func strip(_ input: Data, unpackedLimit: Int = ZipLimits.attachment.totalBytes) -> Data? {
        return try? cleaned(input, limits: .attachment(upTo: unpackedLimit))
    }

    static func cleanedPart(_ path: String, _ bytes: Data) -> Data {
        if let empty = emptyProperties[path] { return Data(empty.utf8) }
        let lower = path.lowercased()
        if lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") {
            return ImageMetadataStripper.strip(bytes, mimeType: "image/jpeg")
        }
        if lower.hasSuffix(".png") { return ImageMetadataStripper.strip(bytes, mimeType: "image/png") }
        guard lower.hasSuffix(".xml") || lower.hasSuffix(".rels"), let text = String(data: bytes, encoding: .utf8) else {
            return bytes
        }
        return Data(blankedNames(text, path: path).utf8)
    }

    /// Names of people in attributes and elements of WordprocessingML and SpreadsheetML, and user folders.
    /// The people parts (Word's people.xml, Excel's persons) also lose display names and account ids;
    /// elsewhere `displayName` names a table and must stay.
    static func blankedNames(_ xml: String, path: String = "") -> String {
        let lower = path.lowercased()
        let peoplePart = lower.contains("people") || lower.contains("person")
        var text = xml
        for (pattern, template) in namePatterns + (peoplePart ? peoplePatterns : []) {
            text = pattern.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text
    }

    // Patterns are fixed strings known to compile.
    nonisolated(unsafe) static let namePatterns: [(NSRegularExpression, String)] = compiled([
        // w:author and w:initials on tracked changes and comments.
        (#"\b((?:[A-Za-z0-9]+:)?(?:author|initials))="[^"]*""#, "$1=\"\""),
        // Excel's comment authors.
        (#"<((?:[A-Za-z0-9]+:)?author)>[^<]*</"#, "<$1></"),
        // C:\Users\somchai\… and /home/somchai/… in template paths and absolute paths.
        (#"([A-Za-z]:(?:\\|/|%5C)+(?:Users|Documents and Settings)(?:\\|/|%5C)+)[^\\/"<>%]+"#, "$1user"),
        (#"((?:file://|["'>])/(?:home|Users)/)[^/"'<>]+"#, "$1user"),
    ])

    nonisolated(unsafe) static let peoplePatterns: [(NSRegularExpression, String)] = compiled([
        (#"\b((?:[A-Za-z0-9]+:)?(?:displayName|userId))="[^"]*""#, "$1=\"\""),
    ])

    private static func compiled(_ patterns: [(String, String)]) -> [(NSRegularExpression, String)] {
        patterns.map { (try! NSRegularExpression(pattern: $0.0, options: [.caseInsensitive]), $0.1) }
    }

    /// Document properties with nothing in them, under the part names OOXML gives them.
    static let emptyProperties: [String: String] = [
        "docProps/core.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>
            """,
        "docProps/app.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>
            """,
        "docProps/custom.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>
            """,
    ]
}

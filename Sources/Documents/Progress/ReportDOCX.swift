import Foundation
import OfficePackage

/// A progress document as a Word .docx: the measures document's styles, settings and page-number
/// header, without its chart. The same blocks always give the same bytes.
public struct ReportDOCX: Sendable {
    public var title: String
    public var blocks: [ReportBlock]
    public var typography: WordTypography

    public init(_ report: some ReportLayout, typography: WordTypography = .thaiGovernment) {
        title = report.documentTitle
        blocks = report.blocks
        self.typography = typography
    }

    /// word/document.xml, the part the snapshot tests compare.
    public var documentXML: String {
        ReportDocumentBody(blocks: blocks, typography: typography).xml
    }

    /// Every part of the package, path and bytes, in the order they are zipped.
    public var parts: [(path: String, data: Data)] {
        [
            ("[Content_Types].xml", Data(WordPackageParts.contentTypes.utf8)),
            ("_rels/.rels", Data(WordPackageParts.packageRelationships.utf8)),
            ("docProps/core.xml", Data(WordPackageParts.core(title: title).utf8)),
            ("docProps/app.xml", Data(WordPackageParts.app.utf8)),
            ("word/_rels/document.xml.rels", Data(Self.documentRelationships.utf8)),
            ("word/document.xml", Data(documentXML.utf8)),
            ("word/styles.xml", Data(WordStyles.xml(typography).utf8)),
            ("word/settings.xml", Data(WordPackageParts.settings.utf8)),
            ("word/header1.xml", Data(WordPackageParts.header.utf8)),
        ]
    }

    /// The zipped .docx. Throws only if ZIPFoundation fails to write its in-memory archive.
    public func data() throws -> Data {
        try ZipPackage.data(parts)
    }

    /// Styles, settings and the header; no pictures.
    static let documentRelationships = WordPackageParts.xmlDeclaration + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="\(PartID.styles)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
    <Relationship Id="\(PartID.settings)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
    <Relationship Id="\(PartID.header)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
    </Relationships>
    """
}

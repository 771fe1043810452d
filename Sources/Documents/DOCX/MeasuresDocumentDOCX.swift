import Criteria
import Foundation
import OfficePackage
import Planning
import Scoring

/// The measures document as a Word .docx (WordprocessingML written directly, zipped with ZIPFoundation).
///
/// The same plan always gives the same bytes: fixed part order, fixed dates inside and in the zip.
public struct MeasuresDocumentDOCX: Sendable {
    public var document: MeasuresDocument
    public var chartEmbedding: ChartEmbedding
    public var typography: WordTypography

    public init(
        document: MeasuresDocument, chartEmbedding: ChartEmbedding = .svgWithPNGFallback,
        typography: WordTypography = .thaiGovernment
    ) {
        self.document = document
        self.chartEmbedding = chartEmbedding
        self.typography = typography
    }

    /// Lays out the plan first; throws when its result cannot be scored with these criteria.
    public init(
        plan: MeasuresPlan, criteria: Criteria, chartEmbedding: ChartEmbedding = .svgWithPNGFallback
    ) throws(ScoringError) {
        self.init(document: try MeasuresDocument(plan: plan, criteria: criteria), chartEmbedding: chartEmbedding)
    }

    /// word/document.xml, the part that holds the text and tables (what the snapshot tests compare).
    public var documentXML: String {
        WordDocumentBody(document: document, chartEmbedding: chartEmbedding, typography: typography).xml
    }

    /// Every part of the package, path and bytes, in the order they are zipped.
    public var parts: [(path: String, data: Data)] {
        let title = document.titleLines.prefix(3).joined(separator: " ")
        var parts: [(path: String, data: Data)] = [
            ("[Content_Types].xml", Data(WordPackageParts.contentTypes.utf8)),
            ("_rels/.rels", Data(WordPackageParts.packageRelationships.utf8)),
            ("docProps/core.xml", Data(WordPackageParts.core(title: title).utf8)),
            ("docProps/app.xml", Data(WordPackageParts.app.utf8)),
            ("word/_rels/document.xml.rels", Data(WordPackageParts.documentRelationships(chart: chartEmbedding).utf8)),
            ("word/document.xml", Data(documentXML.utf8)),
            ("word/styles.xml", Data(WordStyles.xml(typography).utf8)),
            ("word/settings.xml", Data(WordPackageParts.settings.utf8)),
            ("word/header1.xml", Data(WordPackageParts.header.utf8)),
        ]
        if chartEmbedding == .svgWithPNGFallback {
            parts.append(("word/media/chart.png", IndicatorChartPNG.png(document.chart)))
        }
        parts.append(("word/media/chart.svg", Data(IndicatorChartSVG.svg(document.chart).utf8)))
        return parts
    }

    /// The zipped .docx. Throws only if ZIPFoundation fails to write its in-memory archive.
    public func data() throws -> Data {
        try ZipPackage.data(parts)
    }
}

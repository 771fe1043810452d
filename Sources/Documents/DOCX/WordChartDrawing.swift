/// The chart as an inline picture: the PNG fallback in `a:blip`, the SVG through Office's
/// `asvg:svgBlip` extension (Word 2016 and later draw the SVG; older readers the PNG).
struct WordChartDrawing {
    let chart: IndicatorChart
    let embedding: ChartEmbedding

    /// The svgBlip extension's registered uri (MS-ODRAWXML 2.3.1.29).
    static let svgExtensionURI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
    static let svgNamespace = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
    /// English Metric Units: 360,000 a centimetre. The chart takes the 16 cm text width.
    static let widthEMU = 5_760_000

    var heightEMU: Int {
        let geometry = ChartGeometry(chart: chart)
        return Int((Double(Self.widthEMU) * geometry.height / geometry.width).rounded())
    }

    var paragraph: String {
        let size = "cx=\"\(Self.widthEMU)\" cy=\"\(heightEMU)\""
        let description = chart.summary.markupEscaped
        return [
            "<w:p><w:pPr><w:pStyle w:val=\"Figure\"/><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>",
            "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">",
            "<wp:extent \(size)/>",
            "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>",
            "<wp:docPr id=\"1\" name=\"แผนภูมิคะแนนรายตัวชี้วัด\" descr=\"\(description)\"/>",
            "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>",
            "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">",
            "<pic:pic>",
            "<pic:nvPicPr><pic:cNvPr id=\"1\" name=\"chart.svg\" descr=\"\(description)\"/><pic:cNvPicPr/></pic:nvPicPr>",
            "<pic:blipFill>\(blip)<a:stretch><a:fillRect/></a:stretch></pic:blipFill>",
            "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext \(size)/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>",
            "</pic:pic>",
            "</a:graphicData></a:graphic>",
            "</wp:inline>",
            "</w:drawing></w:r></w:p>",
        ].joined(separator: "\n")
    }

    var blip: String {
        switch embedding {
        case .svgWithPNGFallback:
            "<a:blip r:embed=\"\(PartID.chartPNG)\"><a:extLst><a:ext uri=\"\(Self.svgExtensionURI)\">"
                + "<asvg:svgBlip xmlns:asvg=\"\(Self.svgNamespace)\" r:embed=\"\(PartID.chartSVG)\"/>"
                + "</a:ext></a:extLst></a:blip>"
        case .svgOnly:
            "<a:blip r:embed=\"\(PartID.chartSVG)\"/>"
        }
    }
}

/// How the .docx carries the chart.
public enum ChartEmbedding: Hashable, Sendable {
    /// The standard form: a PNG in `a:blip`, the SVG in the `asvg:svgBlip` extension. Word 2016
    /// and later draw the SVG, older Word and LibreOffice 7.x the PNG (which has no Thai labels).
    case svgWithPNGFallback
    /// The SVG itself in `a:blip`, no PNG. LibreOffice 7.x draws it with its labels; Word expects
    /// a raster there. Meant for documents that only LibreOffice will read, such as PDF conversion.
    case svgOnly
}

@testable import Documents
import Foundation
import Testing
import ZIPFoundation

@Suite struct MeasuresDocumentDOCXTests {
    let docx = try! MeasuresDocumentDOCX(plan: SeedPlan.plan, criteria: SeedPlan.criteria)

    static let expectedParts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
        "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
        "word/header1.xml", "word/media/chart.png", "word/media/chart.svg",
    ]

    /// The zipped package read back with ZIPFoundation.
    static func unzip(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    @Test func documentXMLMatchesSnapshot() {
        Snapshot.assertMatches(docx.documentXML, named: "seed-document.xml")
    }

    @Test func unzipsIntoWellFormedParts() throws {
        let parts = try Self.unzip(try docx.data())
        #expect(Set(parts.keys) == Set(Self.expectedParts))
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") || path.hasSuffix(".svg") {
            #expect(TextChecks.xmlError(data) == nil, "\(path): \(TextChecks.xmlError(data) ?? "")")
        }
        let types = String(decoding: try #require(parts["[Content_Types].xml"]), as: UTF8.self)
        #expect(types.contains("Extension=\"png\" ContentType=\"image/png\""))
        #expect(types.contains("Extension=\"svg\" ContentType=\"image/svg+xml\""))
        // Every part except the content types and the relationship parts has a content type.
        for path in parts.keys where !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
            let byExtension = types.contains("Extension=\"\((path as NSString).pathExtension)\"")
            #expect(byExtension || types.contains("PartName=\"/\(path)\""), "no content type for \(path)")
        }
    }

    @Test func everyRelationshipResolves() throws {
        let parts = try Self.unzip(try docx.data())
        let relationships = String(decoding: try #require(parts["word/_rels/document.xml.rels"]), as: UTF8.self)
        let document = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        let ids = Self.matches(#"Id="([^"]+)""#, in: relationships)
        let targets = Self.matches(#"Target="([^"]+)""#, in: relationships)
        for target in targets {
            #expect(parts["word/" + target] != nil, "relationship target word/\(target) is not in the package")
        }
        for used in Self.matches(#"r:(?:id|embed)="([^"]+)""#, in: document) {
            #expect(ids.contains(used), "document.xml uses \(used), which has no relationship")
        }
        let packageTargets = Self.matches(#"Target="([^"]+)""#, in: String(decoding: parts["_rels/.rels"]!, as: UTF8.self))
        #expect(packageTargets.allSatisfy { parts[$0] != nil })
    }

    @Test func pageTablesAndFontFollowTheOfficialLayout() throws {
        let xml = docx.documentXML
        #expect(xml.contains("TH Sarabun New"))
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(xml.contains("<w:pgMar w:top=\"1418\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\""))
        #expect(xml.contains("<w:tblHeader/>"))
        #expect(xml.contains("<w:cantSplit/>"))
        #expect(xml.components(separatedBy: "<w:vMerge w:val=\"restart\"/>").count - 1 == 9, "3 columns × 3 instruments")
        #expect(xml.contains("<w:vMerge/>"))
        // Every row but indicator 10's, which is taller than a page (see RowSplittingTests), stays whole.
        #expect(xml.components(separatedBy: "<w:tr>").count - 2 == xml.components(separatedBy: "<w:cantSplit/>").count - 1)
        #expect(xml.contains("<w:gridSpan w:val=\"4\"/>"), "รวม spans the first four columns")

        let parts = try Self.unzip(try docx.data())
        let styles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
        #expect(styles.contains("w:cs=\"TH Sarabun New\""))
        #expect(styles.contains("<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"))
        #expect(styles.contains("w:bidi=\"th-TH\""))
    }

    @Test func printsTheFiguresTitlesAndPeriods() {
        let xml = docx.documentXML
        for figure in MeasuresDocumentHTMLTests.seedFigures {
            #expect(xml.contains(">\(figure)</w:t>"), "no run holds \(figure)")
        }
        for title in SeedPlan.measureTitles {
            #expect(xml.contains(title), "measure \(title) is missing")
        }
        // Months are kept whole with no-break spaces, and the line breaks after "-".
        #expect(xml.contains("ต.ค.\u{00A0}2565\u{00A0}-</w:t><w:br/><w:t xml:space=\"preserve\">เม.ย.\u{00A0}2566"))
    }

    @Test func embedsTheChartAsSVGWithAPNGFallback() throws {
        let xml = docx.documentXML
        #expect(xml.contains("<a:blip r:embed=\"rIdChartPNG\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"))
        #expect(xml.contains("<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"rIdChartSVG\"/>"))
        #expect(xml.contains("descr=\"ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 100.00 คะแนน"))

        let forLibreOffice = MeasuresDocumentDOCX(document: docx.document, chartEmbedding: .svgOnly)
        #expect(forLibreOffice.documentXML.contains("<a:blip r:embed=\"rIdChartSVG\"/>"))
        let parts = try Self.unzip(try forLibreOffice.data())
        #expect(parts["word/media/chart.png"] == nil && parts["word/media/chart.svg"] != nil)
    }

    @Test func bytesAreDeterministic() throws {
        #expect(try docx.data() == docx.data())
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

@Suite struct RowSplittingTests {
    let document = try! MeasuresDocument(plan: SeedPlan.plan, criteria: SeedPlan.criteria)

    /// The rows (by their first cell's text) left without cantSplit.
    func splittableRows(_ typography: WordTypography) -> [String] {
        let xml = MeasuresDocumentDOCX(document: document, typography: typography).documentXML
        return xml.components(separatedBy: "<w:tr><w:trPr></w:trPr>").dropFirst().map { rest in
            let text = rest.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst().first ?? ""
            return String(text.prefix { $0 != "<" })
        }
    }

    /// LibreOffice cuts off a cantSplit row taller than a page; indicator 10's weaknesses are that tall.
    @Test(arguments: [WordTypography.thaiGovernment, .sarabun])
    func onlyARowTallerThanAPageMaySplit(_ typography: WordTypography) {
        #expect(splittableRows(typography) == ["ตัวชี้วัดที่ 10 การป้องกันการทุจริต"])
    }

    @Test func shortRowsAreEstimatedWellUnderAPage() {
        let row = WordTable.Row(cells: [WordTable.Cell([WordParagraph("ตัวชี้วัดที่ 1", style: "TableText")])])
        let height = RowHeightEstimate.twips(row, columns: [3000], type: .thaiGovernment)
        #expect(height > 300 && height < 600, "one 15 pt line is about 400 twips, got \(height)")
    }
}

import Complaints
import Foundation
import OfficePackage
import Testing
import TestSupport
import Workbench

/// Cleaning an anonymous attachment costs work in proportion to its size, and a zip bomb is refused after
/// inflating no more than the limits.
@Suite struct BoundedStrippingTests {
    /// Linear code gives about 8×; 16× leaves room for a busy machine, quadratic code gives about 64×.
    static let ceiling = 16.0

    @Test func pdfStrippingGrowsLinearlyWithUnterminatedAuthorsAndCreators() throws {
        let unit = "/Author (" + "<dc:creator>x" + "/Author <ab" + "<pdf:Author> y "
        let figures = GrowthRatio.measure(startingAt: 256, make: { count in
            Data(("%PDF-1.4\n" + String(repeating: unit, count: count)).utf8)
        }, run: { pdf in _ = PDFMetadataStripper.strip(pdf) })
        print("PDF stripper, units of \(unit.utf8.count) bytes: \(figures)")
        #expect(figures.ratio < Self.ceiling, "\(figures)")
    }

    @Test func aClosedAuthorAfterManyOpenOnesIsStillBlanked() {
        let pdf = String(repeating: "/Author (", count: 50) + ") /Author (Somchai) <dc:creator>Somchai</dc:creator>"
        let text = String(decoding: PDFMetadataStripper.strip(Data(pdf.utf8)), as: UTF8.self)
        #expect(!text.contains("Somchai"))
        #expect(text.utf8.count == pdf.utf8.count)
    }

    /// The attachment limits without the ratio check, which a repeated pattern would trip.
    static let noRatio = ZipLimits(totalBytes: 256 * 1_048_576, entryBytes: 256 * 1_048_576, ratio: .max, entries: 2_000)

    /// Inflating, blanking and zipping again: linear before this change too (the claimed-size check was
    /// the defect there), kept as a guard for the counting inflater.
    @Test func officeCleaningGrowsLinearly() throws {
        let unit = #"<w:ins w:author="Somchai <author>x w:initials="SJ "#
        let figures = try GrowthRatio.measure(startingAt: 64, make: { count in
            try ZipPackage.data([("word/document.xml", Data(String(repeating: unit, count: count).utf8))])
        }, run: { docx in _ = try AttachmentMetadataStripper.cleaned(docx, kind: ContentSniffer.docx, limits: Self.noRatio) })
        print("Office cleaning (inflate, blank, rezip), units of \(unit.utf8.count) bytes: \(figures)")
        #expect(figures.ratio < Self.ceiling, "\(figures)")
    }

    @Test func attributesAreStillBlankedOneByOne() throws {
        let docx = try ZipPackage.data([("word/document.xml", Data(#"<a w:author="S1" coauthor="kept" W:Initials="S2" author="S3"/>"#.utf8))])
        let cleaned = try AttachmentMetadataStripper.cleaned(docx, kind: ContentSniffer.docx)
        let xml = String(decoding: try #require(try ZipPackage.parts(of: cleaned).first).data, as: UTF8.self)
        #expect(xml == #"<a w:author="" coauthor="kept" W:Initials="" author=""/>"#)
    }

    // MARK: Zip bombs

    /// A .docx whose document part is `inflated` spaces but claims, in both headers, to be 1 KB.
    static func bomb(inflated: Int) throws -> Data {
        var zip = [UInt8](try ZipPackage.data([
            ("[Content_Types].xml", Data("<Types/>".utf8)),
            ("word/document.xml", Data(repeating: 0x20, count: inflated)),
        ]))
        // Local file headers (PK 03 04) keep the uncompressed size at offset 22, central directory
        // headers (PK 01 02) at offset 24.
        for index in 0..<(zip.count - 4) where zip[index] == 0x50 && zip[index + 1] == 0x4B {
            let offset: Int
            switch (zip[index + 2], zip[index + 3]) {
            case (0x03, 0x04): offset = 22
            case (0x01, 0x02): offset = 24
            default: continue
            }
            let claimed: [UInt8] = [0x00, 0x04, 0x00, 0x00]  // 1,024, little-endian
            zip.replaceSubrange((index + offset)..<(index + offset + 4), with: claimed)
        }
        return Data(zip)
    }

    @Test func aZipBombIsRefusedByItsRatioLongBeforeTheSizeLimit() throws {
        let limits = ZipLimits.attachment
        let bomb = try Self.bomb(inflated: limits.totalBytes + 8 * 1_048_576)
        #expect(bomb.count < 200_000)
        let refusal = try #require(throws: AttachmentRefusal.self) {
            try AttachmentMetadataStripper.cleaned(bomb, kind: ContentSniffer.docx)
        }
        #expect(refusal.refusal.reason == .ratioTooHigh)
        #expect(refusal.refusal.path == "word/document.xml")
        // The ratio is taken against the part's whole packed size, so the refusal comes at most one step
        // past `ratio` times the package's size, and well under the size limit.
        #expect(refusal.inflatedBytes <= limits.ratio * bomb.count + limits.chunkBytes)
        #expect(refusal.inflatedBytes < limits.totalBytes / 2)
        #expect(refusal.messageTH(fileName: "ใบเสร็จ.docx").contains("ใบเสร็จ.docx"))
        #expect(refusal.messageEN(fileName: "receipt.docx").contains("200 times"))
    }

    @Test func withoutARatioLimitTheRealSizeStillStopsIt() throws {
        let limits = ZipLimits(totalBytes: 6 * 1_048_576, entryBytes: 4 * 1_048_576, ratio: .max, entries: 10)
        let bomb = try Self.bomb(inflated: 16 * 1_048_576)
        let refusal = try #require(throws: ZipRefusal.self) { try ZipPackage.parts(of: bomb, limits: limits) }
        #expect(refusal.reason == .partTooLarge)
        #expect(refusal.inflatedBytes <= limits.entryBytes + limits.chunkBytes + 8)

        var total = limits
        total.entryBytes = total.totalBytes
        let twoParts = try ZipPackage.data([("a.xml", Data(repeating: 0x20, count: 4 * 1_048_576)), ("b.xml", Data(repeating: 0x20, count: 4 * 1_048_576))])
        let overall = try #require(throws: ZipRefusal.self) { try ZipPackage.parts(of: twoParts, limits: total) }
        #expect(overall.reason == .packageTooLarge && overall.path == "b.xml")
        #expect(overall.inflatedBytes <= total.totalBytes + total.chunkBytes)
    }

    @Test func tooManyPartsAreRefusedBeforeAnyIsInflated() throws {
        var limits = ZipLimits.attachment
        limits.entries = 3
        let parts = (0..<4).map { ("part\($0).xml", Data("<x/>".utf8)) }
        let refusal = try #require(throws: ZipRefusal.self) { try ZipPackage.parts(of: try ZipPackage.data(parts), limits: limits) }
        #expect(refusal.reason == .tooManyEntries && refusal.inflatedBytes == 0)
    }

    @Test func anOrdinaryDocumentIsStillCleanedAndTheOldEntryPointKeepsABombAsItCame() throws {
        let docx = try ZipPackage.data([("docProps/core.xml", Data("<dc:creator>สมชาย</dc:creator>".utf8))])
        let cleaned = try AttachmentMetadataStripper.cleaned(docx, kind: ContentSniffer.docx)
        #expect(!String(decoding: try ZipPackage.parts(of: cleaned)[0].data, as: UTF8.self).contains("สมชาย"))
        let bomb = try Self.bomb(inflated: 4 * 1_048_576)
        #expect(AttachmentMetadataStripper.strip(bomb, kind: ContentSniffer.docx) == bomb)
    }

    // MARK: XML characters in written packages

    @Test func writtenXMLPartsLoseCharactersXMLForbids() throws {
        let text = "ก\u{0}ข\u{8}\u{B}\u{C}\u{1F}ค\u{FFFE}ง\u{FFFF}จ\tฉ\n\r"
        let package = try ZipPackage.data([("x.xml", Data("<t>\(text)</t>".utf8)), ("image.bin", Data([0x00, 0xEF, 0xBF, 0xBF]))])
        let parts = try ZipPackage.parts(of: package)
        #expect(String(decoding: parts[0].data, as: UTF8.self) == "<t>กขคงจ\tฉ\n\r</t>")
        #expect(parts[1].data == Data([0x00, 0xEF, 0xBF, 0xBF]), "other parts are written as they are")
        #expect(XMLCharacters.removingForbidden(Data([0x61, 0xED, 0xA0, 0x80, 0x62])) == Data("ab".utf8), "an encoded lone surrogate")
        #expect(XMLCharacters.removingForbidden("a\u{FFFF}b\u{1}") == "ab")
    }
}

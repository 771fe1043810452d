import Complaints
import Foundation
import Testing
import OfficePackage
import Workbench

/// Word, Excel and PDF attachments lose the names of the people who made them; their content stays.
@Suite struct OfficeAndPDFMetadataTests {
    static let name = "สมชาย ใจดี"

    static func zip(_ parts: [(String, String)]) throws -> Data {
        try ZipPackage.data(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    static func unzip(_ data: Data) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try ZipPackage.parts(of: data).map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    @Test func wordLosesItsAuthorsTrackedChangesNamesAndUserFolder() throws {
        let docx = try Self.zip([
            ("[Content_Types].xml", "<Types/>"),
            ("docProps/core.xml", "<cp:coreProperties><dc:creator>\(Self.name)</dc:creator><cp:lastModifiedBy>\(Self.name)</cp:lastModifiedBy></cp:coreProperties>"),
            ("docProps/app.xml", "<Properties><Company>บ้าน \(Self.name)</Company></Properties>"),
            ("word/document.xml", """
                <w:document><w:body><w:p><w:ins w:id="1" w:author="\(Self.name)" w:date="2026-01-01T00:00:00Z">\
                <w:r><w:t>ปลัดสั่งให้แก้ใบเสร็จ</w:t></w:r></w:ins></w:p></w:body></w:document>
                """),
            ("word/comments.xml", #"<w:comments><w:comment w:id="0" w:author="Somchai J" w:initials="SJ"/></w:comments>"#),
            ("word/people.xml", #"<w15:people><w15:person w15:author="Somchai J"><w15:presenceInfo w15:providerId="AD" w15:userId="S-1-5-21-99"/></w15:person></w15:people>"#),
            ("word/_rels/settings.xml.rels", #"<Relationships><Relationship Id="rId1" Target="file:///C:\Users\somchai\AppData\Roaming\Microsoft\Templates\Normal.dotm" TargetMode="External"/></Relationships>"#),
        ])
        let parts = try Self.unzip(AttachmentMetadataStripper.strip(docx, kind: ContentSniffer.docx))
        #expect(parts.keys.sorted() == ["[Content_Types].xml", "docProps/app.xml", "docProps/core.xml", "word/_rels/settings.xml.rels", "word/comments.xml", "word/document.xml", "word/people.xml"])
        let all = parts.values.joined()
        for trace in [Self.name, "Somchai", "somchai", "SJ", "S-1-5-21-99"] {
            #expect(!all.contains(trace), "\(trace) is still in the document")
        }
        #expect(parts["word/document.xml"]!.contains("<w:t>ปลัดสั่งให้แก้ใบเสร็จ</w:t>"))
        #expect(parts["word/document.xml"]!.contains(#"w:author="""#))
        #expect(parts["word/_rels/settings.xml.rels"]!.contains(#"C:\Users\user\AppData"#))
        #expect(parts["[Content_Types].xml"] == "<Types/>")
    }

    @Test func excelLosesCommentAuthorsButKeepsTableNames() throws {
        let xlsx = try Self.zip([
            ("xl/workbook.xml", #"<workbook><x15ac:absPath url="C:\Users\somchai\Desktop\"/></workbook>"#),
            ("xl/comments1.xml", "<comments><authors><author>\(Self.name)</author></authors></comments>"),
            ("xl/persons/person.xml", #"<personList><person displayName="Somchai J" id="{1}" userId="somchai@example.go.th" providerId="AD"/></personList>"#),
            ("xl/tables/table1.xml", #"<table id="1" name="Receipts" displayName="Receipts" ref="A1:B3"/>"#),
        ])
        let parts = try Self.unzip(AttachmentMetadataStripper.strip(xlsx, kind: ContentSniffer.xlsx))
        #expect(!parts.values.joined().contains("omchai"))
        #expect(!parts.values.joined().contains(Self.name))
        #expect(parts["xl/tables/table1.xml"] == #"<table id="1" name="Receipts" displayName="Receipts" ref="A1:B3"/>"#)
        #expect(parts["xl/persons/person.xml"]!.contains(#"providerId="AD""#))
    }

    @Test func aPhotoInsideAWordFileLosesItsLocation() throws {
        let exif: [UInt8] = [0xFF, 0xE1, 0x00, 0x12] + Array("Exif\0\0GPS-13.7".utf8) + [0x00, 0x00]
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x02, 0x11, 0x22, 0x33, 0xFF, 0xD9]
        let photo = Data([0xFF, 0xD8] + exif + scan)
        let package = try ZipPackage.data([("word/media/image1.jpeg", photo)])
        let stripped = try #require(OfficeMetadataStripper.strip(package))
        let parts = try ZipPackage.parts(of: stripped)
        #expect(parts.map(\.path) == ["word/media/image1.jpeg"])
        #expect(parts.first?.data.range(of: Data("GPS".utf8)) == nil)
        #expect(parts.first?.data.starts(with: [0xFF, 0xD8, 0xFF, 0xDA]) == true)
    }

    @Test func aDamagedOrHugePackageIsLeftAsItCame() throws {
        let broken = Data([0x50, 0x4B, 0x03, 0x04]) + Data("word/document.xml".utf8)
        #expect(AttachmentMetadataStripper.strip(broken, kind: ContentSniffer.docx) == broken)
        let big = try Self.zip([("word/document.xml", String(repeating: "ก", count: 10_000))])
        #expect(OfficeMetadataStripper.strip(big, unpackedLimit: 1_000) == nil)
    }

    @Test func pdfAuthorIsBlankedInPlace() {
        let pdf = """
            %PDF-1.4
            1 0 obj << /Title (Receipts) /Author (Somchai \\(Ja\\) Jaidee) /Producer (LibreOffice) >> endobj
            2 0 obj << /Author <FEFF0E2A0E210E0A0E320E22> >> endobj
            3 0 obj << /Type /Metadata /Subtype /XML /Length 120 >> stream
            <x:xmpmeta><dc:creator><rdf:Seq><rdf:li>Somchai Jaidee</rdf:li></rdf:Seq></dc:creator><pdf:Author>SJ</pdf:Author></x:xmpmeta>
            endstream endobj
            /AuthorNote (kept)
            """
        let stripped = AttachmentMetadataStripper.strip(Data(pdf.utf8), kind: ContentSniffer.pdf)
        let text = String(decoding: stripped, as: UTF8.self)
        #expect(stripped.count == pdf.utf8.count)
        #expect(!text.contains("Somchai") && !text.contains("Jaidee") && !text.contains("SJ"))
        #expect(text.contains("/Author <000000000000000000000000>"))
        #expect(text.contains("/Title (Receipts)") && text.contains("/Producer (LibreOffice)"))
        #expect(text.contains("<rdf:Seq><rdf:li>              </rdf:li></rdf:Seq>"))
        #expect(text.contains("/AuthorNote (kept)"))
    }
}

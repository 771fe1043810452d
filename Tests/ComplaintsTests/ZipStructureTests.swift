import Complaints
import Foundation
import OfficePackage
import Testing
import Workbench

/// Zips whose directory points past their end, found by fuzzing: ZIPFoundation's in-memory reader
/// trapped on them and ended the whole server. They are refused as corrupt now.
@Suite struct ZipStructureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/zip-crashes")

    static let crashes = ["docx-local-header-offset-past-end.docx", "crash-7be0495a.bin", "crash-986435b7.bin"]

    @Test(arguments: crashes)
    func aZipPointingPastItsEndIsRefusedNotTrapped(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(throws: (any Error).self) { try ZipPackage.parts(of: data, limits: .attachment) }
        // A Word file the cleaner cannot read is kept as it came, as before; what matters is that reading it
        // no longer ends the process.
        #expect(try AttachmentMetadataStripper.cleaned(data, kind: ContentSniffer.docx) == data)
    }

    @Test func aZipCutShortAnywhereIsRefusedNotTrapped() throws {
        let whole = try ZipPackage.data([("word/document.xml", Data("<w:document/>".utf8)), ("docProps/core.xml", Data("<cp/>".utf8))])
        #expect(try ZipPackage.parts(of: whole, limits: .attachment).count == 2)
        for length in stride(from: 0, to: whole.count, by: 7) {
            _ = try? ZipPackage.parts(of: whole.prefix(length), limits: .attachment)
        }
    }
}

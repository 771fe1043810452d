@testable import Documents
import Foundation
import Testing
import ZIPFoundation

/// The hand-written .xlsx opens in LibreOffice, which reads back every cell, Thai and line breaks included.
@Suite struct SpreadsheetXLSXTests {
    static let sheet = SpreadsheetXLSX(
        sheetName: "OIT 2566", header: ["ข้อ", "ชื่อข้อมูล", "มี/ไม่มี", "URL"],
        rows: [
            ["O1", "โครงสร้าง", "มี", "https://www.thapkhlo.go.th/o1"],
            ["O2", "ข้อมูลผู้บริหาร & \"ช่องทาง\" <ติดต่อ>", "ไม่มี", ""],
        ],
        columnWidths: [6, 40, 8, 50])

    @Test func thePackageHoldsItsParts() throws {
        let data = try Self.sheet.data()
        let archive = try Archive(data: data, accessMode: .read)
        let names = Set(archive.map(\.path))
        #expect(names == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        #expect(try Self.sheet.data() == data, "the same sheet gives the same bytes")
        #expect(SpreadsheetXLSX.columnName(0) == "A" && SpreadsheetXLSX.columnName(26) == "AA")
    }

    @Test(.enabled(if: ToolRequirement.required || ToolRequirement.tools.libreOffice != nil))
    func libreOfficeReadsItBack() async throws {
        guard ToolRequirement.check(ToolRequirement.tools.libreOffice, "LibreOffice", package: "libreoffice-calc-nogui"),
              let soffice = ToolRequirement.tools.libreOffice else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("sheet.xlsx")
        try Self.sheet.data().write(to: input)
        let process = Process()
        process.executableURL = soffice
        // UTF-8 (76), comma-separated: the csv filter's options.
        process.arguments = ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // Waiting for LibreOffice on a thread of its own, not on one of the few that run the tests.
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            process.terminationHandler = { _ in done.resume() }
            do { try process.run() } catch { done.resume() }
        }
        let csv = try String(contentsOf: folder.appendingPathComponent("sheet.csv"), encoding: .utf8)
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "ข้อ,ชื่อข้อมูล,มี/ไม่มี,URL")
        #expect(lines.contains("O1,โครงสร้าง,มี,https://www.thapkhlo.go.th/o1"))
        #expect(lines.contains(#"O2,"ข้อมูลผู้บริหาร & ""ช่องทาง"" <ติดต่อ>",ไม่มี,"#))
    }
}

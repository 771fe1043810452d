import Foundation
import Scoring
import Testing
@testable import Importing

@Suite struct ResultsImporterTests {
    @Test(arguments: [
        ("result.json", "{}", InputFormat.json),
        ("result.CSV", "{}", .csv),
        ("plan.txt", "1,2", .document),
        (nil, "\u{FEFF}  {\"fiscalYear\": 2565}", .json),
        (nil, "[1]", .json),
        (nil, "fiscalYear,2565\n1,100.00\nIIT,99.80,30,29.94\n", .csv),
        (nil, "มาตรการส่งเสริมคุณธรรม\nตัวชี้วัดที่ 1\t100.00\n", .document),
        ("upload.bin", "fiscalYear,2565\n1,100", .csv),
    ] as [(String?, String, InputFormat)])
    func detect(fileName: String?, content: String, expected: InputFormat) {
        #expect(InputFormat.detect(data: Data(content.utf8), fileName: fileName) == expected)
    }

    @Test func detectsTheFixtureDocumentByContent() throws {
        #expect(InputFormat.detect(data: try Fixtures.data(Fixtures.documentName), fileName: nil) == .document)
        #expect(InputFormat.detect(data: try Fixtures.data("seed-result.csv"), fileName: nil) == .csv)
        #expect(InputFormat.detect(data: try Fixtures.data("minimal.json"), fileName: "minimal") == .json)
    }

    @Test func documentGivesInputPrintedTableAndNamedRejections() throws {
        let result = try ResultsImporter.importResult(
            data: Fixtures.data(Fixtures.documentName), fileName: Fixtures.documentName, catalog: Fixtures.catalog)
        let value = result.value
        #expect(value.input.fiscalYear == 2565)
        #expect(value.input.indicators[9] == Decimal(string: "74.21"))
        #expect(value.printed?.total == Decimal(string: "73.35"))
        #expect(value.printed?.instruments.count == 3)
        #expect(value.rejectedItems.isSuperset(of: ["O2", "O27", "O42", "O43"]) && value.rejectedItems.count == 13)
        #expect(!result.warnings.isEmpty)
    }

    @Test func csvAndJSONGiveTheSameResult() throws {
        let csv = try ResultsImporter.importResult(data: Fixtures.data("seed-result.csv"), fileName: nil, catalog: Fixtures.catalog)
        let json = try ResultsImporter.importResult(data: Fixtures.data("seed-result.json"), fileName: nil, catalog: Fixtures.catalog)
        let document = try ResultsImporter.importResult(data: Fixtures.data(Fixtures.documentName), fileName: nil, catalog: Fixtures.catalog)
        #expect(csv.value.input == json.value.input)
        #expect(csv.value.printed == json.value.printed)
        #expect(csv.value.printed == document.value.printed, "the typed CSV matches the table read from the document")
        #expect(json.value.rejectedItems == document.value.rejectedItems)
    }

    @Test func importedDocumentTableIsConsistent() throws {
        let document = try ResultsImporter.importResult(data: Fixtures.data(Fixtures.documentName), fileName: nil, catalog: Fixtures.catalog)
        let printed = try #require(document.value.printed)
        let check = ConsistencyCheck.check(printed, criteria: try Fixtures.catalog.criteria(for: 2565))
        #expect(check.card != nil)
        #expect(!check.findings.contains { $0.kind == .error })
    }

    @Test func garbageThroughTheSingleEntryIsAnError() {
        let bytes = Data([0xFF, 0x00, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1])
        #expect(throws: ImportError.self) {
            try ResultsImporter.importResult(data: bytes, fileName: "x.dat", catalog: Fixtures.catalog)
        }
    }
}

import Testing
@testable import Importing

@Suite struct ImportErrorTests {
    @Test(arguments: [
        (ImportError(fileName: "a.csv", line: 5, field: "score", messageTH: "ก", messageEN: "x"), "a.csv:5: score: ก / x"),
        (ImportError(fileName: nil, line: 5, field: "score", messageTH: "ก", messageEN: "x"), "line 5: score: ก / x"),
        (ImportError(fileName: "b.json", line: nil, field: "indicators.11", messageTH: "ก", messageEN: "x"), "b.json: indicators.11: ก / x"),
        (ImportError(field: "file", messageTH: "ก", messageEN: "x"), "file: ก / x"),
    ])
    func description(error: ImportError, expected: String) {
        #expect(error.description == expected)
    }

    @Test func warningDescription() {
        #expect(ImportWarning(line: 118, field: "measures[4].divisions", messageTH: "ก", messageEN: "x").description
            == "line 118: measures[4].divisions: ก / x")
    }
}

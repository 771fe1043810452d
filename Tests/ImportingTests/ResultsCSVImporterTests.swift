import Criteria
import Foundation
import Scoring
import Testing
@testable import Importing

@Suite struct ResultsCSVImporterTests {
    let importer = ResultsCSVImporter(catalog: Fixtures.catalog)

    static func d(_ text: String) -> Decimal { Decimal(string: text)! }

    static let indicatorRows = """
        1,100.00
        2,99.50
        3,100.00
        4,99.45
        5,100.00
        6,88.21
        7,66.15
        8,81.35
        9,74.21
        10,25.00
        """

    @Test func seedFixture() throws {
        let result = try importer.importResult(data: Fixtures.data("seed-result.csv"), fileName: "seed-result.csv")
        let value = result.value
        #expect(result.warnings.isEmpty)
        #expect(value.input.fiscalYear == 2565)
        #expect(value.input.indicators.count == 10)
        #expect(value.input.indicators[4] == Self.d("99.45"))
        #expect(value.input.indicators[10] == 25)
        let printed = try #require(value.printed)
        #expect(printed.instrument(.eit) == PublishedInstrument(code: .eit, score: Self.d("78.57"), weightPercent: 30, weighted: Self.d("23.57")))
        #expect(printed.total == Self.d("73.35") && printed.level == "C")
        #expect(value.rejectedItems.isEmpty)
    }

    @Test func thaiHeadersBomQuotesAndVerdicts() throws {
        let csv = "\u{FEFF}ปีงบประมาณ,๒๕๖๕\r\nตัวชี้วัด,คะแนน\r\n\"ตัวชี้วัดที่ 1\",\"100.00\"\r\n"
            + "ตัวชี้วัดที่ 2 การใช้งบประมาณ,99.50\r\nO2,ไม่ผ่าน\r\no3,ผ่าน\r\nO11,0\r\nO12,false\r\nO13,yes\r\nO14,100\r\n"
        let result = try importer.importResult(data: Data(csv.utf8), fileName: "thai.csv")
        #expect(result.value.input.fiscalYear == 2565)
        #expect(result.value.input.indicators == [1: 100, 2: Self.d("99.50")])
        #expect(result.value.input.oitItems == ["O2": false, "O3": true, "O11": false, "O12": false, "O13": true, "O14": true])
        #expect(result.value.rejectedItems == ["O2", "O11", "O12"])
        #expect(result.value.printed == nil, "indicator scores alone are not a printed table")
        #expect(result.warnings.contains { $0.field == "indicators" && $0.messageEN.contains("3, 4, 5") })
        #expect(result.warnings.contains { $0.field == "oitItems" && $0.messageEN.contains("6 of 43") })
    }

    @Test func callerGivesTheYear() throws {
        let result = try importer.importResult(text: Self.indicatorRows, fiscalYear: 2565)
        #expect(result.value.input.fiscalYear == 2565 && result.value.input.indicators.count == 10)
    }

    @Test func decimalsStayExact() throws {
        let result = try importer.importResult(text: "fiscalYear,2565\n1,99.45\n2,0.1\n3,33.33", fiscalYear: nil)
        #expect(result.value.input.indicators[1] == Self.d("99.45"))
        #expect(result.value.input.indicators[2]! * 3 == Self.d("0.3"))
        #expect("\(result.value.input.indicators[3]!)" == "33.33")
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        let csv: String
        let line: Int?
        let field: String
        let english: String
        var testDescription: String { english }
    }

    static let badCases: [BadCase] = [
        BadCase(csv: "fiscalYear,2565\nindicator,score\n1,100\n2,99.5\n3,9x.5\n", line: 5, field: "score", english: "\"9x.5\" is not a number"),
        BadCase(csv: "fiscalYear,2565\n11,50\n", line: 2, field: "indicator", english: "indicator 11 does not exist"),
        BadCase(csv: "fiscalYear,2565\n\n1,100\n2,120\n", line: 4, field: "score", english: "120 is outside 0–100"),
        BadCase(csv: "fiscalYear,2565\n3,100\n4,90\n3,99\n", line: 4, field: "indicator", english: "duplicate indicator 3"),
        BadCase(csv: "indicator,score\n1,100\n", line: nil, field: "fiscalYear", english: "no fiscal year"),
        BadCase(csv: "fiscalYear,65\n1,100\n", line: 1, field: "fiscalYear", english: "not a Buddhist-era year"),
        BadCase(csv: "fiscalYear,2565\nIIT,99.80,300,29.94\n", line: 2, field: "weightPercent", english: "weightPercent of IIT 300 is outside 0–100"),
        BadCase(csv: "fiscalYear,2565\nlevel,Z\n", line: 2, field: "level", english: "\"Z\" is not a level"),
        BadCase(csv: "fiscalYear,2565\nO99,0\n", line: 2, field: "item", english: "\"O99\" is not an OIT item"),
        BadCase(csv: "fiscalYear,2565\nO2,maybe\n", line: 2, field: "verdict", english: "\"maybe\" for O2 is unreadable"),
        BadCase(csv: "fiscalYear,2565\nbanana,1\n", line: 2, field: "row", english: "unknown row \"banana\""),
        BadCase(csv: "fiscalYear,2565\n1,\"100\n2,99\n", line: 2, field: "row", english: "never closed"),
        BadCase(csv: "fiscalYear,2565\ntotal,73.35\ntotal,73.35\n", line: 3, field: "total", english: "given twice"),
        BadCase(csv: "fiscalYear,2565\nindicator,score\n", line: nil, field: "indicators", english: "no indicator scores"),
    ]

    @Test(arguments: badCases)
    func badInputNamesLineAndField(_ bad: BadCase) {
        do {
            _ = try importer.importResult(data: Data(bad.csv.utf8), fileName: "bad.csv")
            Issue.record("expected an error: \(bad.english)")
        } catch {
            #expect(error.line == bad.line)
            #expect(error.field == bad.field)
            #expect(error.messageEN.contains(bad.english), "\(error)")
            #expect(!error.messageTH.isEmpty)
            #expect(error.fileName == "bad.csv")
        }
    }

    @Test func errorDescriptionReadsFileLineFieldThaiEnglish() {
        do {
            _ = try importer.importResult(data: Data("fiscalYear,2565\nindicator,score\n1,100\n2,99.5\n3,9x.5\n".utf8), fileName: "seed.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "seed.csv:5: score: คะแนนตัวชี้วัดที่ 3 \"9x.5\" ไม่ใช่ตัวเลข / score of indicator 3 \"9x.5\" is not a number")
        }
    }

    @Test func yearInFileAndFromCallerMustAgree() {
        #expect(throws: ImportError.self) { try importer.importResult(text: "fiscalYear,2565\n1,100", fiscalYear: 2566) }
    }

    @Test func yearWithoutCriteriaChecksOnlyTheFormat() throws {
        let result = try importer.importResult(text: "fiscalYear,2599\n1,100\nO2,1")
        #expect(result.value.input.fiscalYear == 2599)
        #expect(result.warnings.contains { $0.field == "fiscalYear" && $0.messageEN.contains("no criteria for fiscal year 2599") })
    }
}

import Criteria
import Foundation
import Scoring
import Testing
@testable import Importing

@Suite struct ResultsJSONImporterTests {
    let importer = ResultsJSONImporter(catalog: Fixtures.catalog)
    static let criteria = try! Fixtures.catalog.criteria(for: 2565)

    static func d(_ text: String) -> Decimal { Decimal(string: text)! }

    @Test func minimalForm() throws {
        let result = try importer.importResult(data: Fixtures.data("minimal.json"), fileName: "minimal.json")
        #expect(result.warnings.isEmpty)
        #expect(result.value.input.fiscalYear == 2565)
        #expect(result.value.input.indicators.count == 10)
        #expect(result.value.input.indicators[4] == Self.d("99.45"), "99.45 must stay exactly 99.45")
        #expect(result.value.input.indicators[8] == Self.d("81.35"))
        #expect(result.value.printed == nil)
    }

    @Test func seedFixtureWithTableAndRejectedItems() throws {
        let result = try importer.importResult(data: Fixtures.data("seed-result.json"), fileName: "seed-result.json")
        let printed = try #require(result.value.printed)
        #expect(printed.instruments.map(\.code) == [.iit, .eit, .oit])
        #expect(printed.instrument(.iit)?.weighted == Self.d("29.94"))
        #expect(printed.total == Self.d("73.35") && printed.level == "C")
        #expect(result.value.rejectedItems.count == 13 && result.value.rejectedItems.contains("O27"))
        #expect(result.value.input.oitItems.isEmpty, "a list of rejected items is not a full verdict list")
    }

    @Test func verdictsAndResponses() throws {
        let iit = Self.criteria.instrument(.iit)!.indicators.compactMap(Self.criteria.indicator).flatMap(\.items)
        let first = try #require(Self.criteria.item(iit[0]))
        let answers = Array(repeating: 3, count: first.answeredQuestions.count)
        let json = """
            {"fiscalYear": 2565, "oitItems": {"O1": true, "O2": 0, "O3": "ผ่าน"},
             "responses": {"IIT": [{"respondent": "1", "answers": {"\(first.code)": \(answers)}}]}}
            """
        let result = try importer.importResult(data: Data(json.utf8))
        #expect(result.value.input.oitItems == ["O1": true, "O2": false, "O3": true])
        #expect(result.value.rejectedItems == ["O2"])
        #expect(result.value.input.responses[.iit]?.first?.answers[first.code] == answers)
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        let json: String
        let path: String
        let english: String
        var line: Int? = nil
        var testDescription: String { "\(path): \(english)" }
    }

    static let badCases: [BadCase] = [
        BadCase(json: #"{"fiscalYear": 2565, "indicators": {"1": 100, "11": 50}}"#, path: "indicators.11", english: "indicator 11 does not exist"),
        BadCase(json: #"{"fiscalYear": 2565, "indicators": {"3": 120}}"#, path: "indicators.3", english: "120 is outside 0–100"),
        BadCase(json: #"{"fiscalYear": 2565, "indicators": {"3": "9x.5"}}"#, path: "indicators.3", english: "expected a number"),
        BadCase(json: #"{"fiscalYear": 2565, "indicators": {"x": 1}}"#, path: "indicators.x", english: "not an indicator number"),
        BadCase(json: #"{"indicators": {"1": 100}}"#, path: "fiscalYear", english: "no fiscal year"),
        BadCase(json: #"{"fiscalYear": "2565", "indicators": {"1": 100}}"#, path: "fiscalYear", english: "expected a whole number"),
        BadCase(json: #"{"fiscalYear": 2565, "instruments": [{"code": "IIT", "score": 99.8}, {"code": "XIT"}]}"#, path: "instruments[1].code", english: "not an instrument"),
        BadCase(json: #"{"fiscalYear": 2565, "indicators": {"1": 1}, "instruments": [{"code": "EIT", "weighted": -1}]}"#, path: "instruments[0].weighted", english: "outside 0–100"),
        BadCase(json: #"{"fiscalYear": 2565, "indicators": {"1": 1}, "level": "Q"}"#, path: "level", english: "\"Q\" is not a level"),
        BadCase(json: #"{"fiscalYear": 2565, "oitItems": {"O99": true}}"#, path: "oitItems.O99", english: "not an OIT item"),
        BadCase(json: #"{"fiscalYear": 2565, "oitItems": {"O2": "maybe"}}"#, path: "oitItems.O2", english: "invalid value"),
        BadCase(json: #"{"fiscalYear": 2565, "oitItems": {"O2": true}, "oitRejected": ["O1", "O2"]}"#, path: "oitRejected[1]", english: "accepted and as rejected"),
        BadCase(json: #"{"fiscalYear": 2565, "responses": {"OIT": []}}"#, path: "responses.OIT", english: "not a survey"),
        BadCase(json: #"{"fiscalYear": 2565, "responses": {"IIT": [{"respondent": "1", "answers": {"E1": [1]}}]}}"#, path: "responses.IIT[0].answers.E1", english: "not an IIT item"),
        BadCase(json: #"{"fiscalYear": 2565, "responses": {"IIT": [{"respondent": "1"}]}}"#, path: "responses.IIT[0].answers", english: "missing key"),
        BadCase(json: #"{"fiscalYear": 2565}"#, path: "indicators", english: "no indicator scores"),
        BadCase(json: "{\n  \"fiscalYear\": 2565,\n  \"indicators\": {\"1\": 100 \"2\": 99}\n}", path: "json", english: "not valid JSON", line: 3),
    ]

    @Test(arguments: badCases)
    func badInputNamesThePath(_ bad: BadCase) {
        do {
            _ = try importer.importResult(data: Data(bad.json.utf8), fileName: "bad.json")
            Issue.record("expected an error: \(bad.english)")
        } catch {
            #expect(error.field == bad.path, "\(error)")
            #expect(error.messageEN.contains(bad.english), "\(error)")
            #expect(!error.messageTH.isEmpty)
            #expect(error.line == bad.line)
        }
    }

    @Test func answerLevelOutsideTheScale() throws {
        let code = Self.criteria.indicator(1)!.items[0]
        let count = Self.criteria.item(code)!.answeredQuestions.count
        let levels = Array(repeating: 9, count: count)
        let json = #"{"fiscalYear": 2565, "responses": {"IIT": [{"respondent": "1", "answers": {"\#(code)": \#(levels)}}]}}"#
        #expect {
            try importer.importResult(data: Data(json.utf8))
        } throws: { error in
            (error as? ImportError)?.field == "responses.IIT[0].answers.\(code)[0]"
        }
    }

    @Test func unknownKeysAreWarned() throws {
        let result = try importer.importResult(data: Data(#"{"fiscalYear": 2565, "indicators": {"1": 1}, "indicatorz": {}}"#.utf8))
        #expect(result.warnings.contains { $0.field == "indicatorz" })
    }
}

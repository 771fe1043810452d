import Criteria
import Foundation
import Testing

/// The loader must reject a bad file with the file, the JSON path and the reason.
@Suite struct CriteriaLoaderTests {
    func validJSON() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Criteria/Resources/years/criteria-2565.json")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    func load(_ object: [String: Any]) throws(CriteriaError) -> Criteria {
        let data = try! JSONSerialization.data(withJSONObject: object)
        return try CriteriaLoader.load(data, file: "test.json")
    }

    func rejection(_ mutate: (inout [String: Any]) -> Void) throws -> CriteriaError {
        var object = try validJSON()
        mutate(&object)
        do {
            _ = try load(object)
        } catch {
            return error
        }
        Issue.record("the loader accepted a bad file")
        return CriteriaError(file: "", path: "", reason: "")
    }

    @Test func acceptsTheBundled2565File() throws {
        let criteria = try load(try validJSON())
        #expect(criteria.fiscalYear == 2565)
    }

    @Test func rejectsWeightsThatDoNotSumToOne() throws {
        let error = try rejection { object in
            var instruments = object["instruments"] as! [[String: Any]]
            instruments[0]["weight"] = 0.5
            object["instruments"] = instruments
        }
        #expect(error.file == "test.json")
        #expect(error.path == "instruments")
        #expect(error.reason.contains("weights add up to 1.2"))
    }

    @Test func rejectsAnItemListedUnderTheWrongIndicator() throws {
        let error = try rejection { object in
            var items = object["items"] as! [[String: Any]]
            let index = items.firstIndex { $0["code"] as? String == "I7" }!
            items[index]["indicator"] = 3
            object["items"] = items
        }
        #expect(error.reason.contains("I7 says indicator 3 but is listed under 2"))
    }

    @Test func rejectsAMissingField() throws {
        let error = try rejection { object in
            var items = object["items"] as! [[String: Any]]
            items[4].removeValue(forKey: "textTH")
            object["items"] = items
        }
        #expect(error.path == "items[4].textTH")
        #expect(error.reason.contains("missing field"))
    }

    @Test func rejectsGapsBetweenLevelBands() throws {
        let error = try rejection { object in
            var levels = object["levels"] as! [[String: Any]]
            levels[1]["maximum"] = 94.5
            object["levels"] = levels
        }
        #expect(error.path == "levels[1]")
    }

    @Test func rejectsAnUnknownSourceId() throws {
        let error = try rejection { object in
            var items = object["items"] as! [[String: Any]]
            items[0]["provenance"] = ["status": "V", "sources": ["nowhere"]]
            object["items"] = items
        }
        #expect(error.reason.contains("unknown source \"nowhere\""))
    }

    @Test func rejectsAnOITItemWithoutComponents() throws {
        let error = try rejection { object in
            var items = object["items"] as! [[String: Any]]
            let index = items.firstIndex { $0["code"] as? String == "O12" }!
            items[index]["components"] = []
            items[index]["provenance"] = ["status": "R", "sources": []]
            object["items"] = items
        }
        #expect(error.reason.contains("O12 lists no components"))
    }

    @Test func rejectsText() {
        #expect(throws: CriteriaError.self) { try CriteriaLoader.load(Data("not json".utf8), file: "x.json") }
    }
}

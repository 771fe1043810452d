import Criteria
import Foundation
import Testing

/// A criteria file an administrator loads is refused with the file, the JSON path and the reason.
@Suite struct CriteriaRejectionTests {
    func bundled(_ year: Int) throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Criteria/Resources/years/criteria-\(year).json")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    func rejection(year: Int = 2569, _ mutate: (inout [String: Any]) -> Void) throws -> CriteriaError {
        var object = try bundled(year)
        mutate(&object)
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try CriteriaLoader.load(data, file: "criteria-2570.json")
        } catch {
            return error
        }
        Issue.record("the loader accepted a bad file")
        return CriteriaError(file: "", path: "", reason: "")
    }

    func editItems(_ object: inout [String: Any], _ edit: (inout [[String: Any]]) -> Void) {
        var items = object["items"] as! [[String: Any]]
        edit(&items)
        object["items"] = items
    }

    @Test func aMissingWeight() throws {
        let error = try rejection { object in
            var instruments = object["instruments"] as! [[String: Any]]
            instruments[1].removeValue(forKey: "weight")
            object["instruments"] = instruments
        }
        #expect(error.file == "criteria-2570.json")
        #expect(error.path == "instruments[1].weight")
        #expect(error.reason.contains("weight"))
    }

    @Test func aDuplicateItem() throws {
        let error = try rejection { object in
            editItems(&object) { items in
                let index = items.firstIndex { $0["code"] as? String == "O7" }!
                items.append(items[index])
            }
        }
        #expect(error.path.hasPrefix("items["))
        #expect(error.reason.contains("duplicate item O7"))
    }

    @Test func anItemInNoSubIndicator() throws {
        let error = try rejection { object in
            editItems(&object) { items in
                var extra = items.first { $0["code"] as? String == "O26" }!
                extra["code"] = "O27"
                items.append(extra)
            }
        }
        #expect(error.path.hasPrefix("items["))
        #expect(error.reason.contains("O27 is not listed under any indicator"))
    }

    @Test func aRatingScaleOutOfOrder() throws {
        let error = try rejection { object in
            var presentation = object["presentation"] as! [String: Any]
            var ratings = presentation["ratings"] as! [[String: Any]]
            ratings.swapAt(0, 1)
            presentation["ratings"] = ratings
            object["presentation"] = presentation
        }
        #expect(error.path == "presentation.ratings[1].minimumTotal")
    }

    @Test func aTopicOnTwoItems() throws {
        let error = try rejection { object in
            editItems(&object) { items in
                let index = items.firstIndex { $0["code"] as? String == "O1" }!
                items[index]["topics"] = ["risk-assessment"]
            }
        }
        #expect(error.reason.contains("topic risk-assessment is already on"))
    }

    @Test func aCalendarStepThatEndsBeforeItStarts() throws {
        let error = try rejection(year: 2565) { object in
            var calendar = object["calendar"] as! [[String: Any]]
            calendar[0]["end"] = "2000-01-01"
            object["calendar"] = calendar
        }
        #expect(error.path == "calendar[0].end")
    }
}

import Criteria
import Foundation
import Planning

/// The plan as JSON: the format `import` and `draft` write and `report` reads.
enum PlanJSON {
    static func encode(_ plan: MeasuresPlan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(plan)
        data.append(contentsOf: Array("\n".utf8))
        return data
    }

    /// The plan in `data`, or nil when the data is not a plan (so the caller can try the document importer).
    static func decodeIfPlan(_ data: Data) -> Result<MeasuresPlan, DecodingError>? {
        guard
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["measures"] != nil, object["agency"] != nil
        else { return nil }
        do {
            return .success(try JSONDecoder().decode(MeasuresPlan.self, from: data))
        } catch let error as DecodingError {
            return .failure(error)
        } catch {
            return nil
        }
    }

    /// "measures[2].period.start.month" from a decoding error.
    static func path(of error: DecodingError) -> String { CodingPath.describe(error.fullCodingPath) }
}

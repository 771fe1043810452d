import Foundation
import Scoring

/// The JSON form of a result, decoded with `Decimal` so 99.45 stays exactly 99.45.
struct ResultsJSONPayload: Decodable {
    var fiscalYear: Int?
    var indicators: [String: Decimal]?
    var instruments: [Instrument]?
    var total: Decimal?
    var level: String?
    var oitItems: [String: Verdict]?
    var oitRejected: [String]?
    var responses: [String: [SurveyResponse]]?
    /// Top-level keys this format does not know, reported so a misspelt key is not silently lost.
    var unknownKeys: [String] = []

    struct Instrument: Decodable {
        var code: String
        var score: Decimal?
        var weightPercent: Decimal?
        var weighted: Decimal?
    }

    /// true/false, 1/0 or 100/0, or a word such as "ผ่าน".
    struct Verdict: Decodable {
        var accepted: Bool

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                accepted = flag
            } else if let number = try? container.decode(Decimal.self), number == 0 || number == 1 || number == 100 {
                accepted = number != 0
            } else if let text = try? container.decode(String.self), let flag = ResultRules.verdict(text) {
                accepted = flag
            } else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected true/false, 1/0 or ผ่าน/ไม่ผ่าน")
            }
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fiscalYear, indicators, instruments, total, level, oitItems, oitRejected, responses
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fiscalYear = try c.decodeIfPresent(Int.self, forKey: .fiscalYear)
        indicators = try c.decodeIfPresent([String: Decimal].self, forKey: .indicators)
        instruments = try c.decodeIfPresent([Instrument].self, forKey: .instruments)
        total = try c.decodeIfPresent(Decimal.self, forKey: .total)
        level = try c.decodeIfPresent(String.self, forKey: .level)
        oitItems = try c.decodeIfPresent([String: Verdict].self, forKey: .oitItems)
        oitRejected = try c.decodeIfPresent([String].self, forKey: .oitRejected)
        responses = try c.decodeIfPresent([String: [SurveyResponse]].self, forKey: .responses)
        let known = Set(CodingKeys.allCases.map(\.stringValue))
        unknownKeys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
            .filter { !known.contains($0) }.sorted()
    }
}

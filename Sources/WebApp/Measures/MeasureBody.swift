import Planning
import ThaiText

/// The JSON body of the measure API: a template key, or the measure's fields. Fields left out
/// keep their stored value on `PUT` (and are empty on `POST`), so a client can send only what changes.
struct MeasureBody: Decodable, Sendable {
    var template: String?
    var title: String?
    var steps: [String]?
    var divisions: [String]?
    var period: MonthPeriod?
    var monitoring: String?
    var indicators: [Int]?
    var itemCodes: [String]?

    /// The measure these fields describe, on top of `base` (nil for a new measure).
    func measure(over base: Measure?) throws -> Measure {
        guard let period = period ?? base?.period else {
            throw WebError.badInput("period", th: "กรุณาระบุระยะเวลาดำเนินการ", en: "the period is required")
        }
        return Measure(
            title: title ?? base?.title ?? "", steps: steps ?? base?.steps ?? [], divisions: divisions ?? base?.divisions ?? [],
            period: period, monitoring: monitoring ?? base?.monitoring ?? "", indicators: indicators ?? base?.indicators ?? [],
            itemCodes: itemCodes ?? base?.itemCodes ?? [])
    }
}

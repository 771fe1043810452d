import Foundation
import Logging

/// One JSON object per line on standard error: time, level, label, message and metadata.
///
/// A line whose metadata says `timePrecision: day` (the request logger of a reporter's route sets it)
/// carries the day in Thailand only, never the time: the complaint channel keeps no time finer than the
/// day for anything a reporter does.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    let label: String
    let write: @Sendable (Data) -> Void
    let now: @Sendable () -> Date

    public init(
        label: String, level: Logger.Level = .info, now: @escaping @Sendable () -> Date = { Date() },
        write: @escaping @Sendable (Data) -> Void = { FileHandle.standardError.write($0) }
    ) {
        self.label = label
        self.logLevel = level
        self.now = now
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 })
        let dayOnly = merged[Self.timePrecisionKey]?.description == "day"
        var fields: [String: String] = [
            "time": dayOnly ? Self.thaiDay(now()) : ISO8601DateFormatter().string(from: now()),
            "level": event.level.rawValue, "label": label, "message": event.message.description,
        ]
        for (key, value) in merged where key != Self.timePrecisionKey {
            fields[key] = value.description
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(fields) else { return }
        line.append(UInt8(ascii: "\n"))
        write(line)
    }

    /// The metadata key that asks for a day-only time; see `RequestLogMiddleware`.
    public static let timePrecisionKey = "timePrecision"

    /// The day in Thailand (UTC+7) as yyyy-MM-dd: a UTC day would tell whether it was before or after 07:00.
    static func thaiDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Bangkok") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}

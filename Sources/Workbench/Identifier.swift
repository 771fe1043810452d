import Foundation

/// A typed identifier: an `Identifier<MeasureRecord>` cannot be passed where a user's id is meant.
public struct Identifier<Entity>: Hashable, Codable, Sendable, CustomStringConvertible, Comparable {
    public let rawValue: UUID

    public init(_ rawValue: UUID) {
        self.rawValue = rawValue
    }

    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        self.rawValue = uuid
    }

    /// Ids travel as lower-case text, the same form as in URLs and the database.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an id: \(text)")
        }
        rawValue = uuid
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Lower-case text, as stored and as put in URLs.
    public var description: String { rawValue.uuidString.lowercased() }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.description < rhs.description }
}

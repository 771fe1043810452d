import Foundation
import Workbench

/// One saved version of a year's criteria file. Version numbers start at 1 per fiscal year; the bundled
/// file counts as version 0 and is never stored.
public struct StoredCriteriaVersion: Hashable, Sendable {
    public var fiscalYear: Int
    public var version: Int
    /// The criteria file (JSON, UTF-8), already validated by the caller.
    public var json: Data
    /// What changed, in the administrator's words or generated ("O7: title changed").
    public var note: String
    public var createdAt: Date
    /// The actor's name, as other records keep who wrote them.
    public var createdBy: String

    public init(fiscalYear: Int, version: Int, json: Data, note: String, createdAt: Date, createdBy: String) {
        self.fiscalYear = fiscalYear
        self.version = version
        self.json = json
        self.note = note
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// The version the bundled file of every year counts as.
    public static let bundledVersion = 0

    /// "2570/3": how the audit trail and error messages name a version.
    public static func key(fiscalYear: Int, version: Int) -> String { "\(fiscalYear)/\(version)" }
}

extension StoredCriteriaVersion {
    /// The event a save writes, the same from every adapter. Criteria belong to the whole installation, so it
    /// has no agency; it names the year, the version and the note, and only the size of the file, which can be
    /// large and is kept in full by the version itself.
    public func savedEvent(actor: Actor) -> AuditEvent {
        .change(
            "create", entity: "criteria", entityID: Self.key(fiscalYear: fiscalYear, version: version), agencyID: nil,
            before: Summary?.none, after: Summary(fiscalYear: fiscalYear, version: version, note: note, bytes: json.count),
            actor: actor)
    }

    private struct Summary: Encodable {
        var fiscalYear: Int
        var version: Int
        var note: String
        var bytes: Int
    }
}

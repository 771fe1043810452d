import Foundation
import Workbench

/// Which criteria version an agency's plan or disclosure was scored with.
public struct CriteriaUse: Codable, Hashable, Sendable {
    public var agencyID: Identifier<AgencyRecord>
    /// "plan:2570" or "disclosure:2569": what used the criteria.
    public var subject: String
    public var fiscalYear: Int
    /// `StoredCriteriaVersion.bundledVersion` (0) for the file that ships with Prongsai.
    public var version: Int
    public var recordedAt: Date

    public init(agencyID: Identifier<AgencyRecord>, subject: String, fiscalYear: Int, version: Int, recordedAt: Date) {
        self.agencyID = agencyID
        self.subject = subject
        self.fiscalYear = fiscalYear
        self.version = version
        self.recordedAt = recordedAt
    }

    /// The event a record writes, the same from every adapter: in the agency's trail, keyed by the subject.
    public func recordedEvent(replacing before: CriteriaUse?, actor: Actor) -> AuditEvent {
        .change(
            before == nil ? "create" : "update", entity: "criteria-use", entityID: subject, agencyID: agencyID,
            before: before, after: self, actor: actor)
    }

    /// What every adapter throws for a use of a version that is neither the bundled file nor stored.
    public var versionNotFound: StorageError {
        .notFound(entity: "criteria", id: StoredCriteriaVersion.key(fiscalYear: fiscalYear, version: version))
    }
}

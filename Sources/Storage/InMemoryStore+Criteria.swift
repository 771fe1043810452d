import Foundation
import Workbench

/// The in-memory store's criteria versions and uses.
struct InMemoryCriteria {
    /// Kept in save order, which within a year is version order.
    var versions: [StoredCriteriaVersion] = []
    var uses: [UseKey: CriteriaUse] = [:]

    struct UseKey: Hashable {
        var agency: Identifier<AgencyRecord>
        var subject: String
    }
}

extension InMemoryStore: CriteriaRepository {
    public func saveCriteriaVersion(fiscalYear: Int, json: Data, note: String, actor: Actor) -> StoredCriteriaVersion {
        let latest = criteria.versions.filter { $0.fiscalYear == fiscalYear }.map(\.version).max() ?? 0
        let stored = StoredCriteriaVersion(
            fiscalYear: fiscalYear, version: latest + 1, json: json, note: note, createdAt: actor.at, createdBy: actor.name)
        criteria.versions.append(stored)
        audit.append(stored.savedEvent(actor: actor))
        return stored
    }

    public func fetchCriteriaVersions(fiscalYear: Int?) -> [StoredCriteriaVersion] {
        criteria.versions.filter { fiscalYear == nil || $0.fiscalYear == fiscalYear }
            .sorted { ($0.fiscalYear, $0.version) < ($1.fiscalYear, $1.version) }
    }

    public func recordCriteriaUse(_ use: CriteriaUse, actor: Actor) throws {
        guard agencies[use.agencyID] != nil else { throw StorageError.notFound(entity: "agency", id: use.agencyID.description) }
        guard use.version == StoredCriteriaVersion.bundledVersion
            || criteria.versions.contains(where: { $0.fiscalYear == use.fiscalYear && $0.version == use.version })
        else { throw use.versionNotFound }
        let key = InMemoryCriteria.UseKey(agency: use.agencyID, subject: use.subject)
        let before = criteria.uses[key]
        criteria.uses[key] = use
        audit.append(use.recordedEvent(replacing: before, actor: actor))
    }

    public func fetchCriteriaUses(agency: Identifier<AgencyRecord>) -> [CriteriaUse] {
        // Subjects are ASCII ("plan:2570"), so this is the byte order the databases give.
        criteria.uses.values.filter { $0.agencyID == agency }.sorted { $0.subject < $1.subject }
    }
}

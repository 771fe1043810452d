import Criteria
import Foundation
import Storage
import Synchronization

/// The criteria the app scores with: the bundled years, overlaid by the versions an administrator
/// saved. Version 0 of a year is its bundled file; stored versions count up from 1. Plans and
/// disclosures keep the version they were scored with, so every version stays readable.
public final class CriteriaLibrary: Sendable {
    public let bundled: CriteriaCatalog
    private let stored = Mutex<[Int: [Int: Loaded]]>([:])

    /// A stored version, read and validated.
    public struct Loaded: Sendable {
        public var record: StoredCriteriaVersion
        public var criteria: Criteria
    }

    public init(bundled: CriteriaCatalog) {
        self.bundled = bundled
    }

    /// Every year, each with its newest version.
    public var catalog: CriteriaCatalog {
        var years = bundled.years
        for (year, versions) in stored.withLock({ $0 }) {
            if let newest = versions.keys.max(), let loaded = versions[newest] { years[year] = loaded.criteria }
        }
        return CriteriaCatalog(years: years)
    }

    /// The newest version of a year: 0 while only the bundled file exists.
    public func latestVersion(of year: Int) -> Int {
        stored.withLock { $0[year]?.keys.max() } ?? 0
    }

    /// A year's criteria as of one version; nil for a version that does not exist.
    public func criteria(year: Int, version: Int) -> Criteria? {
        version == 0 ? bundled.years[year] : stored.withLock { $0[year]?[version]?.criteria }
    }

    /// The stored versions of a year, oldest first.
    public func storedVersions(of year: Int) -> [Loaded] {
        stored.withLock { ($0[year] ?? [:]).sorted { $0.key < $1.key }.map(\.value) }
    }

    /// Reads what the repository holds. A stored file that no longer passes the validator (after a
    /// rule was added) is skipped rather than stopping the server; the administrator sees it listed.
    public func refresh(from repository: any CriteriaRepository) async throws {
        let records = try await repository.fetchCriteriaVersions(fiscalYear: nil)
        var loaded: [Int: [Int: Loaded]] = [:]
        for record in records {
            guard let criteria = try? CriteriaLoader.load(record.json, file: "criteria-\(record.fiscalYear) v\(record.version)")
            else { continue }
            loaded[record.fiscalYear, default: [:]][record.version] = Loaded(record: record, criteria: criteria)
        }
        stored.withLock { $0 = loaded }
    }

    /// Adds a version just saved, so this server uses it at once.
    public func add(_ record: StoredCriteriaVersion, criteria: Criteria) {
        stored.withLock { $0[record.fiscalYear, default: [:]][record.version] = Loaded(record: record, criteria: criteria) }
    }
}

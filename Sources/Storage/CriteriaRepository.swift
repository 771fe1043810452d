import Foundation
import Workbench

/// The ITA criteria files an administrator loads or edits during the year, kept as numbered versions that
/// are never changed, and which version each agency's plan or disclosure was scored with.
public protocol CriteriaRepository: Sendable {
    /// Saves the next version of a year's criteria (highest stored version + 1, or 1) in one transaction with
    /// its audit event, and returns it; saves that race for one year each get a version of their own.
    func saveCriteriaVersion(fiscalYear: Int, json: Data, note: String, actor: Actor) async throws -> StoredCriteriaVersion
    /// Every stored version, of one year or (nil) of all years, ordered by year then version ascending.
    func fetchCriteriaVersions(fiscalYear: Int?) async throws -> [StoredCriteriaVersion]
    /// Records (insert or replace) which version an agency's subject uses, with an audit event for the agency;
    /// an unknown agency, or a version that is neither 0 nor stored, throws `.notFound`.
    func recordCriteriaUse(_ use: CriteriaUse, actor: Actor) async throws
    /// The uses recorded for one agency, by subject.
    func fetchCriteriaUses(agency: Identifier<AgencyRecord>) async throws -> [CriteriaUse]
}

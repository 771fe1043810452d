import Workbench

/// Agencies and their divisions. Every agency's data is reached through its id, so agencies stay apart.
public protocol AgencyRepository: Sendable {
    /// Stores a new agency with its divisions in order; a taken slug throws `.duplicate`.
    func insertAgency(_ agency: AgencyRecord, divisions: [String], actor: Actor) async throws
    /// The agency with this URL name, or nil.
    func fetchAgency(slug: String) async throws -> AgencyRecord?
    /// The agency with this id, or nil.
    func fetchAgency(id: Identifier<AgencyRecord>) async throws -> AgencyRecord?
    /// Every agency, ordered by slug.
    func fetchAgencies() async throws -> [AgencyRecord]
    /// The agency's divisions in order.
    func fetchDivisions(agency: Identifier<AgencyRecord>) async throws -> [Division]
    /// Replaces the agency's division list (names in order) and records the change.
    func replaceDivisions(agency: Identifier<AgencyRecord>, names: [String], actor: Actor) async throws
}

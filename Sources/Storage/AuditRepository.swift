import Workbench

/// Reads the audit trail. It is written only by the other repositories, inside their transactions.
public protocol AuditRepository: Sendable {
    /// Newest first; `agency` nil means events of the whole installation.
    func fetchAuditEvents(agency: Identifier<AgencyRecord>?, limit: Int) async throws -> [AuditEvent]
    /// Records an event that changes nothing else (sign-in, sign-out, export).
    func insertAuditEvent(_ event: AuditEvent) async throws
}

import Complaints
import Foundation
import ThaiText
import Workbench

/// The complaint channel: installation secrets, each agency's channel, officers' keys, and the sealed
/// cases. Nothing here ever sees plaintext content: every argument that holds it is already sealed.
///
/// Reporter actions (a new report, an addition) write no audit event: an event's time is to the second,
/// and the channel keeps no time finer than the day for anything a reporter does. Officer actions and
/// channel changes are audited with metadata only.
public protocol ComplaintRepository: Sendable {
    /// The stored installation secrets; the first call stores `candidate`, every later one returns the same.
    func installation(creatingIfMissing candidate: ComplaintInstallation) async throws -> ComplaintInstallation

    func fetchChannel(agency: Identifier<AgencyRecord>) async throws -> ComplaintChannel?
    /// Stores an agency's channel settings, replacing earlier ones, and records the change.
    func saveChannel(_ channel: ComplaintChannel, actor: Actor) async throws

    /// The keys of these users that are not retired.
    func fetchActiveOfficerKeys(users: [Identifier<UserAccount>]) async throws -> [OfficerKey]
    func fetchOfficerKey(id: Identifier<OfficerKey>) async throws -> OfficerKey?
    /// Stores a new key and retires the user's earlier ones, in one transaction, with an audit event.
    func insertOfficerKey(_ key: OfficerKey, actor: Actor) async throws
    /// Replaces a key's password protection (after the officer changed the password).
    func updateOfficerKeyProtection(id: Identifier<OfficerKey>, protection: PasswordProtectedKey) async throws
    /// Changes how far a key is trusted (an administrator confirmed it, a recipient shared cases with
    /// it) and records who did it.
    func updateOfficerKeyTrust(id: Identifier<OfficerKey>, trust: OfficerKey.Trust, actor: Actor) async throws
    /// Keeps a key sealed for one session; it goes when the session is deleted.
    func saveSessionKey(_ key: OfficerSessionKey) async throws
    /// The session's key, or nil when there is none or the session has ended.
    func fetchSessionKey(sessionTokenHash: String) async throws -> OfficerSessionKey?

    /// Stores a new case with its report entry and attachments in one transaction. A receipt lookup
    /// that is already taken throws `.duplicate(field: "receipt")`, and nothing is stored.
    func insertComplaint(_ complaint: ComplaintRecord, report: ComplaintEntry, attachments: [AttachmentUpload]) async throws
    func fetchComplaint(id: Identifier<ComplaintRecord>) async throws -> ComplaintRecord?
    func fetchComplaint(receiptLookup: Data) async throws -> ComplaintRecord?
    /// An agency's cases, newest received first.
    func fetchComplaints(agency: Identifier<AgencyRecord>) async throws -> [ComplaintRecord]
    /// Category, status and day of the cases received in a span of days (inclusive), for statistics.
    func fetchComplaintSummaries(agency: Identifier<AgencyRecord>, from: ThaiDate, through: ThaiDate) async throws -> [ComplaintSummary]

    /// A case's entries in order of `sequence`.
    func fetchEntries(complaint: Identifier<ComplaintRecord>) async throws -> [ComplaintEntry]
    func fetchAttachments(complaint: Identifier<ComplaintRecord>) async throws -> [ComplaintAttachment]
    /// One attachment's sealed bytes.
    func fetchAttachmentBytes(id: Identifier<ComplaintAttachment>, complaint: Identifier<ComplaintRecord>) async throws -> Data?
    /// Appends an entry after the last one (the store sets its `sequence`) with its attachments, and
    /// returns it as stored. `actor` is nil for the reporter, whose additions are not audited.
    func appendEntry(_ entry: ComplaintEntry, attachments: [AttachmentUpload], actor: Actor?) async throws -> ComplaintEntry
    /// Changes a case's status fields (status, status day, closing day) and records the change.
    func updateStatus(_ complaint: ComplaintRecord, actor: Actor) async throws
    /// Adds key wraps to a case; a wrap for a recipient that already has one is left as it is.
    func insertKeyWraps(_ wraps: [ComplaintKeyWrap], complaint: Identifier<ComplaintRecord>) async throws
    /// Removes, from every case of the agency, the wraps of the given recipients (an officer no longer
    /// receiving, a replaced recovery key).
    func deleteKeyWraps(agency: Identifier<AgencyRecord>, recipients: [ComplaintKeyWrap.Recipient]) async throws
    /// Deletes a case with everything it holds, and records the deletion.
    func deleteComplaint(id: Identifier<ComplaintRecord>, agency: Identifier<AgencyRecord>, actor: Actor) async throws
}

import Complaints
import Foundation
import ThaiText
import Workbench

/// The complaint tables of the in-memory store.
struct InMemoryComplaintState {
    var installation: ComplaintInstallation?
    var channels: [Identifier<AgencyRecord>: ComplaintChannel] = [:]
    var officerKeys: [Identifier<OfficerKey>: OfficerKey] = [:]
    var sessionKeys: [String: OfficerSessionKey] = [:]
    var complaints: [Identifier<ComplaintRecord>: ComplaintRecord] = [:]
    var entries: [Identifier<ComplaintRecord>: [ComplaintEntry]] = [:]
    var attachments: [Identifier<ComplaintRecord>: [AttachmentUpload]] = [:]
}

extension InMemoryStore: ComplaintRepository {
    public func installation(creatingIfMissing candidate: ComplaintInstallation) -> ComplaintInstallation {
        if let stored = complaintState.installation { return stored }
        complaintState.installation = candidate
        return candidate
    }

    public func fetchChannel(agency: Identifier<AgencyRecord>) -> ComplaintChannel? { complaintState.channels[agency] }

    public func saveChannel(_ channel: ComplaintChannel, actor: Actor) throws {
        guard agencies[channel.agencyID] != nil else { throw StorageError.notFound(entity: "agency", id: channel.agencyID.description) }
        let before = complaintState.channels[channel.agencyID]
        complaintState.channels[channel.agencyID] = channel
        audit.append(.change(
            before == nil ? "create" : "update", entity: "complaint-channel", entityID: channel.agencyID.description,
            agencyID: channel.agencyID, before: before?.auditView, after: channel.auditView, actor: actor))
    }

    public func fetchActiveOfficerKeys(users: [Identifier<UserAccount>]) -> [OfficerKey] {
        let wanted = Set(users)
        return complaintState.officerKeys.values.filter { wanted.contains($0.userID) && !$0.retired }.sorted { $0.id < $1.id }
    }

    public func fetchOfficerKey(id: Identifier<OfficerKey>) -> OfficerKey? { complaintState.officerKeys[id] }

    public func insertOfficerKey(_ key: OfficerKey, actor: Actor) throws {
        guard let user = users[key.userID] else { throw StorageError.notFound(entity: "user", id: key.userID.description) }
        guard complaintState.officerKeys[key.id] == nil else { throw StorageError.duplicate(field: "officerKey", value: key.id.description) }
        for (id, old) in complaintState.officerKeys where old.userID == key.userID && !old.retired {
            complaintState.officerKeys[id]?.retired = true
        }
        complaintState.officerKeys[key.id] = key
        audit.append(.note("create", entity: "officer-key", entityID: key.id.description, agencyID: user.agencyID, actor: actor))
    }

    public func updateOfficerKeyProtection(id: Identifier<OfficerKey>, protection: PasswordProtectedKey) throws {
        guard complaintState.officerKeys[id] != nil else { throw StorageError.notFound(entity: "officerKey", id: id.description) }
        complaintState.officerKeys[id]?.protection = protection
    }

    public func updateOfficerKeyTrust(id: Identifier<OfficerKey>, trust: OfficerKey.Trust, actor: Actor) throws {
        guard let key = complaintState.officerKeys[id], let user = users[key.userID] else {
            throw StorageError.notFound(entity: "officerKey", id: id.description)
        }
        complaintState.officerKeys[id]?.trust = trust
        audit.append(.change(
            "trust", entity: "officer-key", entityID: id.description, agencyID: user.agencyID,
            before: ["trust": key.trust.rawValue], after: ["trust": trust.rawValue], actor: actor))
    }

    public func saveSessionKey(_ key: OfficerSessionKey) throws {
        guard sessions[key.sessionTokenHash] != nil else { throw StorageError.notFound(entity: "session", id: "") }
        guard complaintState.officerKeys[key.keyID] != nil else { throw StorageError.notFound(entity: "officerKey", id: key.keyID.description) }
        complaintState.sessionKeys[key.sessionTokenHash] = key
    }

    public func fetchSessionKey(sessionTokenHash: String) -> OfficerSessionKey? {
        // The session table belongs to the same store; a key outlives neither its session nor its key pair.
        guard sessions[sessionTokenHash] != nil else {
            complaintState.sessionKeys[sessionTokenHash] = nil
            return nil
        }
        return complaintState.sessionKeys[sessionTokenHash]
    }

    public func insertComplaint(_ complaint: ComplaintRecord, report: ComplaintEntry, attachments: [AttachmentUpload]) throws {
        guard agencies[complaint.agencyID] != nil else { throw StorageError.notFound(entity: "agency", id: complaint.agencyID.description) }
        guard !complaintState.complaints.values.contains(where: { $0.receiptLookup == complaint.receiptLookup }) else {
            throw StorageError.duplicate(field: "receipt", value: "")
        }
        guard complaintState.complaints[complaint.id] == nil else { throw StorageError.duplicate(field: "complaint", value: complaint.id.description) }
        try Self.checkBelonging(report, attachments, to: complaint.id)
        complaintState.complaints[complaint.id] = complaint
        var first = report
        first.sequence = 0
        complaintState.entries[complaint.id] = [first]
        complaintState.attachments[complaint.id] = attachments
    }

    public func fetchComplaint(id: Identifier<ComplaintRecord>) -> ComplaintRecord? { complaintState.complaints[id] }

    public func fetchComplaint(receiptLookup: Data) -> ComplaintRecord? {
        complaintState.complaints.values.first { $0.receiptLookup == receiptLookup }
    }

    public func fetchComplaints(agency: Identifier<AgencyRecord>) -> [ComplaintRecord] {
        complaintState.complaints.values.filter { $0.agencyID == agency }
            .sorted { ($0.receivedOn, $0.id.description) > ($1.receivedOn, $1.id.description) }
    }

    public func fetchComplaintSummaries(agency: Identifier<AgencyRecord>, from: ThaiDate, through: ThaiDate) -> [ComplaintSummary] {
        complaintState.complaints.values.filter { $0.agencyID == agency && $0.receivedOn >= from && $0.receivedOn <= through }
            .map(\.summary)
    }

    public func fetchEntries(complaint: Identifier<ComplaintRecord>) -> [ComplaintEntry] {
        (complaintState.entries[complaint] ?? []).sorted { $0.sequence < $1.sequence }
    }

    public func fetchAttachments(complaint: Identifier<ComplaintRecord>) -> [ComplaintAttachment] {
        (complaintState.attachments[complaint] ?? []).map(\.attachment)
    }

    public func fetchAttachmentBytes(id: Identifier<ComplaintAttachment>, complaint: Identifier<ComplaintRecord>) -> Data? {
        complaintState.attachments[complaint]?.first { $0.attachment.id == id }?.sealedBytes
    }

    public func appendEntry(_ entry: ComplaintEntry, attachments: [AttachmentUpload], actor: Actor?) throws -> ComplaintEntry {
        guard let complaint = complaintState.complaints[entry.complaintID] else {
            throw StorageError.notFound(entity: "complaint", id: entry.complaintID.description)
        }
        try Self.checkBelonging(entry, attachments, to: complaint.id)
        var stored = entry
        stored.sequence = (complaintState.entries[complaint.id]?.map(\.sequence).max() ?? -1) + 1
        complaintState.entries[complaint.id, default: []].append(stored)
        complaintState.attachments[complaint.id, default: []] += attachments
        if let actor {
            audit.append(.note(entry.kind.rawValue, entity: "complaint", entityID: complaint.id.description, agencyID: complaint.agencyID, actor: actor))
        }
        return stored
    }

    public func updateStatus(_ complaint: ComplaintRecord, actor: Actor) throws {
        guard var stored = complaintState.complaints[complaint.id], stored.agencyID == complaint.agencyID else {
            throw StorageError.notFound(entity: "complaint", id: complaint.id.description)
        }
        let before = stored.auditView
        stored.status = complaint.status
        stored.statusChangedOn = complaint.statusChangedOn
        stored.closedOn = complaint.closedOn
        complaintState.complaints[complaint.id] = stored
        audit.append(.change("status", entity: "complaint", entityID: complaint.id.description, agencyID: complaint.agencyID, before: before, after: stored.auditView, actor: actor))
    }

    public func insertKeyWraps(_ wraps: [ComplaintKeyWrap], complaint: Identifier<ComplaintRecord>) throws {
        guard var stored = complaintState.complaints[complaint] else { throw StorageError.notFound(entity: "complaint", id: complaint.description) }
        for wrap in wraps where stored.wrap(for: wrap.recipient) == nil { stored.keyWraps.append(wrap) }
        complaintState.complaints[complaint] = stored
    }

    public func deleteKeyWraps(agency: Identifier<AgencyRecord>, recipients: [ComplaintKeyWrap.Recipient]) {
        let removed = Set(recipients)
        for (id, complaint) in complaintState.complaints where complaint.agencyID == agency {
            complaintState.complaints[id]?.keyWraps.removeAll { removed.contains($0.recipient) }
        }
    }

    public func deleteComplaint(id: Identifier<ComplaintRecord>, agency: Identifier<AgencyRecord>, actor: Actor) throws {
        guard let complaint = complaintState.complaints[id], complaint.agencyID == agency else {
            throw StorageError.notFound(entity: "complaint", id: id.description)
        }
        complaintState.complaints[id] = nil
        complaintState.entries[id] = nil
        complaintState.attachments[id] = nil
        audit.append(.change("delete", entity: "complaint", entityID: id.description, agencyID: agency, before: complaint.auditView, after: [String: String]?.none, actor: actor))
    }

    /// Entries and attachments must name the case they are stored with.
    static func checkBelonging(_ entry: ComplaintEntry, _ attachments: [AttachmentUpload], to complaint: Identifier<ComplaintRecord>) throws {
        guard entry.complaintID == complaint else { throw StorageError.conflict("entry \(entry.id) belongs to another complaint") }
        for upload in attachments where upload.attachment.complaintID != complaint || upload.attachment.entryID != entry.id {
            throw StorageError.conflict("attachment \(upload.attachment.id) does not belong to entry \(entry.id)")
        }
    }
}

import Complaints
import Foundation
import Storage
import Testing
import ThaiText
import Workbench

/// The complaint repository's behaviour, the same on every adapter. Sealed columns are opaque bytes here:
/// the repository must store and return them exactly, and never put them in the audit trail.
@Suite(.serialized) struct ComplaintContractTests {
    typealias F = StorageFixtures
    typealias C = ComplaintFixtures

    @Test(arguments: StorageAdapter.all)
    func theInstallationSecretsAreMadeOnce(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let first = C.installation()
        #expect(try await store.complaints.installation(creatingIfMissing: first) == first)
        #expect(try await store.complaints.installation(creatingIfMissing: C.installation()) == first)
    }

    @Test(arguments: StorageAdapter.all)
    func aChannelIsSavedReplacedAndAudited(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let officer = F.user("officer", agency: agency)
        try await store.users.insertUser(officer, actor: F.actor)
        #expect(try await store.complaints.fetchChannel(agency: agency.id) == nil)
        var channel = ComplaintChannel(agencyID: agency.id, recipientIDs: [officer.id], updatedAt: F.now)
        try await store.complaints.saveChannel(channel, actor: F.actor)
        #expect(try await store.complaints.fetchChannel(agency: agency.id) == channel)
        channel.isOpen = true
        channel.recovery = RecoveryKey(id: Identifier(UUID()), publicKey: Data(repeating: 7, count: 32), createdAt: F.now)
        channel.retention = RetentionPolicy(corruptionYears: 12, misconductYears: 6, serviceYears: 3)
        try await store.complaints.saveChannel(channel, actor: F.actor)
        #expect(try await store.complaints.fetchChannel(agency: agency.id) == channel)
        let actions = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).filter { $0.entity == "complaint-channel" }.map(\.action)
        #expect(actions == ["update", "create"])
        await #expect(throws: StorageError.notFound(entity: "agency", id: C.missingAgency.description)) {
            try await store.complaints.saveChannel(ComplaintChannel(agencyID: C.missingAgency, updatedAt: F.now), actor: F.actor)
        }
    }

    @Test(arguments: StorageAdapter.all)
    func aNewOfficerKeyRetiresTheOldOneAndSessionKeysGoWithTheirSession(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let officer = F.user("officer", agency: agency)
        try await store.users.insertUser(officer, actor: F.actor)
        let first = C.officerKey(officer)
        try await store.complaints.insertOfficerKey(first, actor: F.actor)
        #expect(try await store.complaints.fetchActiveOfficerKeys(users: [officer.id]) == [first])
        let second = C.officerKey(officer)
        try await store.complaints.insertOfficerKey(second, actor: F.actor)
        #expect(try await store.complaints.fetchActiveOfficerKeys(users: [officer.id]) == [second])
        #expect(try await store.complaints.fetchOfficerKey(id: first.id)?.retired == true)
        #expect(try await store.complaints.fetchActiveOfficerKeys(users: []) == [])

        let protection = PasswordProtectedKey(sealedPrivateKey: Data(repeating: 9, count: 48), salt: Data(repeating: 1, count: 16), cost: ScryptCost(logN: 7))
        try await store.complaints.updateOfficerKeyProtection(id: second.id, protection: protection)
        #expect(try await store.complaints.fetchOfficerKey(id: second.id)?.protection == protection)

        let session = SessionRecord(tokenHash: "hash-1", userID: officer.id, csrfToken: "csrf", expiresAt: F.now.addingTimeInterval(3600))
        try await store.users.insertSession(session)
        let sealed = OfficerSessionKey(sessionTokenHash: "hash-1", keyID: second.id, sealedPrivateKey: Data(repeating: 3, count: 48))
        try await store.complaints.saveSessionKey(sealed)
        #expect(try await store.complaints.fetchSessionKey(sessionTokenHash: "hash-1") == sealed)
        await #expect(throws: StorageError.self) {
            try await store.complaints.saveSessionKey(OfficerSessionKey(sessionTokenHash: "no-session", keyID: second.id, sealedPrivateKey: Data()))
        }
        try await store.users.deleteSession(tokenHash: "hash-1")
        #expect(try await store.complaints.fetchSessionKey(sessionTokenHash: "hash-1") == nil)
        let events = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).filter { $0.entity == "officer-key" }
        #expect(events.count == 2)
    }

    @Test(arguments: StorageAdapter.all)
    func aKeysTrustIsStoredAndEveryChangeIsAudited(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let officer = F.user("officer", agency: agency)
        try await store.users.insertUser(officer, actor: F.actor)
        var key = C.officerKey(officer)
        key.trust = .awaitingConfirmation
        try await store.complaints.insertOfficerKey(key, actor: F.actor)
        #expect(try await store.complaints.fetchOfficerKey(id: key.id)?.trust == .awaitingConfirmation)
        try await store.complaints.updateOfficerKeyTrust(id: key.id, trust: .confirmed, actor: F.actor)
        #expect(try await store.complaints.fetchActiveOfficerKeys(users: [officer.id]).first?.trust == .confirmed)
        await #expect(throws: StorageError.self) {
            try await store.complaints.updateOfficerKeyTrust(id: Identifier(UUID()), trust: .trusted, actor: F.actor)
        }
        let events = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).filter { $0.action == "trust" }
        #expect(events.count == 1 && events[0].entityID == key.id.description)
    }

    @Test(arguments: StorageAdapter.all)
    func aCaseRoundTripsWithItsWrapsEntriesAndAttachments(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let (record, report, uploads) = C.complaint(agency, receivedOn: ThaiDate(year: 2566, month: .november, day: 5), files: 2)
        try await store.complaints.insertComplaint(record, report: report, attachments: uploads)
        let fetched = try #require(try await store.complaints.fetchComplaint(id: record.id))
        #expect(fetched.id == record.id && fetched.receiptLookup == record.receiptLookup && fetched.category == record.category)
        #expect(Set(fetched.keyWraps) == Set(record.keyWraps))
        #expect(try await store.complaints.fetchComplaint(receiptLookup: record.receiptLookup)?.id == record.id)
        #expect(try await store.complaints.fetchComplaint(receiptLookup: Data(repeating: 0, count: 32)) == nil)
        #expect(try await store.complaints.fetchEntries(complaint: record.id) == [report])
        let attachments = try await store.complaints.fetchAttachments(complaint: record.id)
        #expect(Set(attachments) == Set(uploads.map(\.attachment)))
        for upload in uploads {
            #expect(try await store.complaints.fetchAttachmentBytes(id: upload.attachment.id, complaint: record.id) == upload.sealedBytes)
        }
        #expect(try await store.complaints.fetchAttachmentBytes(id: uploads[0].attachment.id, complaint: Identifier(UUID())) == nil)
        let summaries = try await store.complaints.fetchComplaintSummaries(
            agency: agency.id, from: ThaiDate(year: 2565, month: .october, day: 1), through: ThaiDate(year: 2566, month: .september, day: 30))
        #expect(summaries.isEmpty)
        let thisYear = try await store.complaints.fetchComplaintSummaries(
            agency: agency.id, from: ThaiDate(year: 2566, month: .october, day: 1), through: ThaiDate(year: 2567, month: .september, day: 30))
        #expect(thisYear == [record.summary])
        #expect(try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).allSatisfy { $0.entity != "complaint" },
                "a reporter's filing leaves no audit event with a time")
    }

    @Test(arguments: StorageAdapter.all)
    func aTakenReceiptLookupIsRefusedAndNothingIsStored(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let (first, report, uploads) = C.complaint(agency, files: 1)
        try await store.complaints.insertComplaint(first, report: report, attachments: uploads)
        var (second, secondReport, secondUploads) = C.complaint(agency, files: 1)
        second.receiptLookup = first.receiptLookup
        await #expect(throws: StorageError.duplicate(field: "receipt", value: "")) {
            try await store.complaints.insertComplaint(second, report: secondReport, attachments: secondUploads)
        }
        #expect(try await store.complaints.fetchComplaint(id: second.id) == nil)
        #expect(try await store.complaints.fetchEntries(complaint: second.id).isEmpty)
        #expect(try await store.complaints.fetchComplaints(agency: agency.id).map(\.id) == [first.id])
    }

    @Test(arguments: StorageAdapter.all)
    func entriesAreNumberedInOrderAndOnlyOfficersAreAudited(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let (record, report, _) = C.complaint(agency, files: 0)
        try await store.complaints.insertComplaint(record, report: report, attachments: [])
        let added = C.entry(record, kind: .reporterMessage)
        let upload = C.upload(for: added)
        let stored = try await store.complaints.appendEntry(added, attachments: [upload], actor: nil)
        #expect(stored.sequence == 1)
        let reply = try await store.complaints.appendEntry(C.entry(record, kind: .officerReply), attachments: [], actor: F.actor)
        #expect(reply.sequence == 2)
        #expect(try await store.complaints.fetchEntries(complaint: record.id).map(\.sequence) == [0, 1, 2])
        #expect(try await store.complaints.fetchAttachments(complaint: record.id) == [upload.attachment])
        let events = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).filter { $0.entity == "complaint" }
        #expect(events.map(\.action) == ["officerReply"])
        await #expect(throws: StorageError.self) {
            try await store.complaints.appendEntry(C.entry(record, kind: .internalNote), attachments: [C.upload(for: added)], actor: F.actor)
        }
    }

    @Test(arguments: StorageAdapter.all)
    func statusChangesAndDeletionsAreAuditedWithMetadataOnly(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let (record, report, uploads) = C.complaint(agency, files: 1)
        try await store.complaints.insertComplaint(record, report: report, attachments: uploads)
        var closed = record
        closed.status = .closed
        closed.statusChangedOn = ThaiDate(year: 2567, month: .january, day: 9)
        closed.closedOn = closed.statusChangedOn
        closed.receiptLookup = Data(repeating: 1, count: 32)
        try await store.complaints.updateStatus(closed, actor: F.actor)
        let fetched = try #require(try await store.complaints.fetchComplaint(id: record.id))
        #expect(fetched.status == .closed && fetched.closedOn == closed.closedOn && fetched.receiptLookup == record.receiptLookup,
                "only the status fields change")
        let other = F.agency("other")
        try await store.agencies.insertAgency(other, divisions: [], actor: F.actor)
        await #expect(throws: StorageError.notFound(entity: "complaint", id: record.id.description)) {
            try await store.complaints.deleteComplaint(id: record.id, agency: other.id, actor: F.actor)
        }
        try await store.complaints.deleteComplaint(id: record.id, agency: agency.id, actor: F.actor)
        #expect(try await store.complaints.fetchComplaint(id: record.id) == nil)
        #expect(try await store.complaints.fetchEntries(complaint: record.id).isEmpty)
        #expect(try await store.complaints.fetchAttachmentBytes(id: uploads[0].attachment.id, complaint: record.id) == nil)
        let events = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).filter { $0.entity == "complaint" }
        #expect(events.map(\.action) == ["delete", "status"])
        let sealed = [report.sealed, uploads[0].sealedBytes, uploads[0].attachment.sealedDescription].map { $0.base64EncodedString() }
        for event in events {
            let text = (event.before ?? "") + (event.after ?? "")
            #expect(!sealed.contains { text.contains($0) } && !text.contains("receiptLookup"))
        }
    }

    @Test(arguments: StorageAdapter.all)
    func wrapsAreAddedOnceAndRemovedPerAgency(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency(), other = F.agency("other")
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        try await store.agencies.insertAgency(other, divisions: [], actor: F.actor)
        let (here, report, _) = C.complaint(agency, files: 0)
        let (there, otherReport, _) = C.complaint(other, files: 0)
        try await store.complaints.insertComplaint(here, report: report, attachments: [])
        try await store.complaints.insertComplaint(there, report: otherReport, attachments: [])
        let officer = ComplaintKeyWrap.Recipient.officer(Identifier(UUID()))
        let wrap = ComplaintKeyWrap(recipient: officer, ephemeralPublicKey: Data(repeating: 5, count: 32), sealedKeys: Data(repeating: 6, count: 80))
        try await store.complaints.insertKeyWraps([wrap], complaint: here.id)
        try await store.complaints.insertKeyWraps([wrap], complaint: there.id)
        let changed = ComplaintKeyWrap(recipient: officer, ephemeralPublicKey: Data(repeating: 8, count: 32), sealedKeys: Data(repeating: 8, count: 80))
        try await store.complaints.insertKeyWraps([changed], complaint: here.id)
        #expect(try await store.complaints.fetchComplaint(id: here.id)?.wrap(for: officer) == wrap, "an existing wrap stays")
        try await store.complaints.deleteKeyWraps(agency: agency.id, recipients: [officer])
        #expect(try await store.complaints.fetchComplaint(id: here.id)?.wrap(for: officer) == nil)
        #expect(try await store.complaints.fetchComplaint(id: there.id)?.wrap(for: officer) == wrap, "another agency's case keeps its wrap")
        #expect(try await store.complaints.fetchComplaint(id: here.id)?.wrap(for: .reporter) != nil)
    }
}

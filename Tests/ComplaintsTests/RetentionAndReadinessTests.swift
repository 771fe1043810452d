import Complaints
import Foundation
import Testing
import ThaiText
import Workbench

@Suite struct RetentionAndReadinessTests {
    static func record(_ category: ComplaintCategory, closedOn: ThaiDate?) -> ComplaintRecord {
        ComplaintRecord(
            id: Identifier(UUID()), agencyID: Identifier(UUID()), receiptLookup: Data(), category: category,
            status: closedOn == nil ? .underReview : .closed, receivedOn: ThaiDate(year: 2560, month: .january, day: 1),
            statusChangedOn: ThaiDate(year: 2560, month: .january, day: 1), closedOn: closedOn, keyWraps: [])
    }

    @Test func anOpenCaseIsKeptWhateverItsAge() {
        let policy = RetentionPolicy.standard
        #expect(policy.state(of: Self.record(.service, closedOn: nil), on: ThaiDate(year: 2580, month: .january, day: 1)) == .kept)
    }

    @Test func aClosedCaseWarnsThirtyDaysAheadThenMayBeDeleted() {
        let policy = RetentionPolicy(corruptionYears: 10, misconductYears: 5, serviceYears: 2)
        let closed = ThaiDate(year: 2566, month: .march, day: 15)
        let record = Self.record(.service, closedOn: closed)
        let expiry = ThaiDate(year: 2568, month: .march, day: 15)
        #expect(policy.expiry(of: record) == expiry)
        #expect(policy.state(of: record, on: ThaiDate(year: 2568, month: .january, day: 1)) == .keptUntil(expiry))
        #expect(policy.state(of: record, on: ThaiDate(year: 2568, month: .february, day: 14)) == .expiring(on: expiry, inDays: 29))
        #expect(policy.state(of: record, on: expiry) == .expired(since: expiry))
        #expect(policy.state(of: record, on: expiry).mayBeDeleted)
        #expect(policy.expiry(of: Self.record(.corruption, closedOn: closed)) == ThaiDate(year: 2576, month: .march, day: 15))
    }

    @Test func aCaseClosedOnTheTwentyNinthOfFebruaryExpiresOnARealDay() {
        let record = Self.record(.service, closedOn: ThaiDate(year: 2567, month: .february, day: 29))
        #expect(RetentionPolicy.standard.expiry(of: record) == ThaiDate(year: 2569, month: .february, day: 28))
    }

    static func user(_ name: String) -> UserAccount {
        UserAccount(
            id: Identifier(UUID()), username: name, displayName: name, role: .viewer, agencyID: Identifier(UUID()), divisionName: nil,
            passwordHash: "", mustChangePassword: false, createdAt: Date())
    }

    static func key(for user: UserAccount) -> OfficerKey {
        OfficerKey(
            id: Identifier(UUID()), userID: user.id, publicKey: Data(count: 32),
            protection: PasswordProtectedKey(sealedPrivateKey: Data(), salt: Data(), cost: ScryptCost(logN: 6)), createdAt: Date())
    }

    @Test func theChannelRefusesToOpenWhenOneLostKeyWouldLoseEveryReport() {
        let a = Self.user("a"), b = Self.user("b")
        var channel = ComplaintChannel(agencyID: Identifier(UUID()), isOpen: true, recipientIDs: [a.id, b.id], updatedAt: Date())
        let nobody = ChannelReadiness(channel: channel, recipients: [a, b], activeKeys: [])
        #expect(!nobody.acceptsReports && !nobody.mayOpen)
        #expect(nobody.problems == [.noRecipientKeys(waiting: ["a", "b"])])
        let one = ChannelReadiness(channel: channel, recipients: [a, b], activeKeys: [Self.key(for: a)])
        #expect(one.problems == [.singleKeyWithoutRecovery(holder: "a")])
        let two = ChannelReadiness(channel: channel, recipients: [a, b], activeKeys: [Self.key(for: a), Self.key(for: b)])
        #expect(two.acceptsReports)
        channel.recovery = RecoveryKey(id: Identifier(UUID()), publicKey: Data(count: 32), createdAt: Date())
        #expect(ChannelReadiness(channel: channel, recipients: [a, b], activeKeys: [Self.key(for: a)]).acceptsReports)
        channel.isOpen = false
        let closed = ChannelReadiness(channel: channel, recipients: [a, b], activeKeys: [Self.key(for: a)])
        #expect(!closed.acceptsReports && closed.mayOpen)
        #expect(ChannelReadiness(channel: nil, recipients: [], activeKeys: []).problems == [.noRecipients, .closedByAdministrator])
    }

    @Test func retiredKeysAndDeactivatedAccountsDoNotCount() {
        var a = Self.user("a")
        let b = Self.user("b")
        let channel = ComplaintChannel(agencyID: Identifier(UUID()), isOpen: true, recipientIDs: [a.id, b.id], updatedAt: Date())
        var retired = Self.key(for: b)
        retired.retired = true
        a.active = false
        let readiness = ChannelReadiness(channel: channel, recipients: [a, b], activeKeys: [Self.key(for: a), retired])
        #expect(readiness.problems == [.noRecipientKeys(waiting: ["b"])])
    }
}

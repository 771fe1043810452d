import ComplaintCrypto
import Complaints
import Crypto
import Foundation
import Testing
import ThaiText
import Workbench

@Suite struct ComplaintCryptoTests {
    static let cheap = ScryptCost(logN: 6)
    static let complaint = Identifier<ComplaintRecord>(UUID())
    static let sentence = "ปลัดเรียกเงินสามหมื่นบาทแลกกับใบอนุญาตก่อสร้าง"

    @Test func aSealedPartOpensOnlyWhereItBelongs() throws {
        let keys = ComplaintKeys.random()
        let entry = Identifier<ComplaintEntry>(UUID())
        let context = SealingContext.entry(id: entry, complaint: Self.complaint, kind: .officerReply)
        let sealed = try ComplaintSealer.seal(Data(Self.sentence.utf8), with: keys.report, context: context)
        #expect(sealed.range(of: Data(Self.sentence.utf8)) == nil)
        #expect(try ComplaintSealer.open(sealed, with: keys.report, context: context) == Data(Self.sentence.utf8))
        // Relabelled as another kind, moved to another case, or opened with another key: refused.
        #expect(throws: ComplaintCryptoError.self) {
            try ComplaintSealer.open(sealed, with: keys.report, context: .entry(id: entry, complaint: Self.complaint, kind: .internalNote))
        }
        #expect(throws: ComplaintCryptoError.self) {
            try ComplaintSealer.open(sealed, with: keys.report, context: .entry(id: entry, complaint: Identifier(UUID()), kind: .officerReply))
        }
        #expect(throws: ComplaintCryptoError.self) { try ComplaintSealer.open(sealed, with: SymmetricKey(size: .bits256), context: context) }
    }

    @Test func officersGetBothKeysTheReporterOnlyTheReportKey() throws {
        let keys = ComplaintKeys.random()
        let officer = Curve25519.KeyAgreement.PrivateKey()
        let wrap = try CaseKeyWrapping.wrap(
            keys, for: .officer(Identifier(UUID())), publicKey: officer.publicKey.rawRepresentation, complaint: Self.complaint)
        let opened = try CaseKeyWrapping.open(wrap, with: officer, complaint: Self.complaint)
        #expect(opened.report.rawBytes == keys.report.rawBytes)
        #expect(opened.officersOnly?.rawBytes == keys.officersOnly?.rawBytes)
        #expect(throws: ComplaintCryptoError.self) {
            try CaseKeyWrapping.open(wrap, with: Curve25519.KeyAgreement.PrivateKey(), complaint: Self.complaint)
        }
        let reporterKey = SymmetricKey(size: .bits256)
        let reporterWrap = try CaseKeyWrapping.wrapForReporter(keys, reporterKey: reporterKey, complaint: Self.complaint)
        let reporter = try CaseKeyWrapping.openAsReporter(reporterWrap, reporterKey: reporterKey, complaint: Self.complaint)
        #expect(reporter.report.rawBytes == keys.report.rawBytes)
        #expect(reporter.officersOnly == nil)
        #expect(throws: ComplaintCryptoError.notForReporter) { try reporter.key(for: .internalNote) }
    }

    @Test func aReceiptAlwaysGivesTheSameLookupAndKeyAndAnotherReceiptDoesNot() throws {
        let installation = ReceiptKeyDerivation.newInstallation(receiptCost: Self.cheap)
        let receipt = ReceiptNumber(typed: "1234 5678 9012 3456")!
        let first = try ReceiptKeyDerivation.derive(receipt, installation: installation)
        let again = try ReceiptKeyDerivation.derive(receipt, installation: installation)
        let other = try ReceiptKeyDerivation.derive(ReceiptNumber(typed: "1234 5678 9012 3457")!, installation: installation)
        #expect(first.lookup == again.lookup && first.lookup.count == 32)
        #expect(first.reporterKey.rawBytes == again.reporterKey.rawBytes)
        #expect(first.lookup != other.lookup)
        #expect(first.lookup != first.reporterKey.rawBytes, "the stored lookup is not the secret key")
        let elsewhere = ReceiptKeyDerivation.newInstallation(receiptCost: Self.cheap)
        #expect(try ReceiptKeyDerivation.derive(receipt, installation: elsewhere).lookup != first.lookup, "the salt matters")
    }

    @Test func anOfficerKeyOpensWithThePasswordAndTheSessionToken() throws {
        let user = Identifier<UserAccount>(UUID())
        let (record, privateKey) = try OfficerKeyProtection.makeKey(for: user, password: "รหัสผ่าน-ยาว-2567", cost: Self.cheap, at: Date())
        #expect(record.publicKey == privateKey.publicKey.rawRepresentation)
        let opened = try OfficerKeyProtection.open(record, password: "รหัสผ่าน-ยาว-2567")
        #expect(opened.rawRepresentation == privateKey.rawRepresentation)
        #expect(throws: ComplaintCryptoError.self) { try OfficerKeyProtection.open(record, password: "another-password") }
        var moved = record
        moved.userID = Identifier(UUID())
        #expect(throws: ComplaintCryptoError.self) { try OfficerKeyProtection.open(moved, password: "รหัสผ่าน-ยาว-2567") }
        let sealed = try OfficerKeyProtection.sealForSession(privateKey, keyID: record.id, sessionToken: "token-a")
        #expect(try OfficerKeyProtection.openForSession(sealed, keyID: record.id, sessionToken: "token-a").rawRepresentation == privateKey.rawRepresentation)
        #expect(throws: ComplaintCryptoError.self) { try OfficerKeyProtection.openForSession(sealed, keyID: record.id, sessionToken: "token-b") }
    }

    @Test func aRecoveryKeyReadsBackFromItsPrintedTextAndCatchesTypos() throws {
        let (record, text) = RecoveryKeyText.makeKey(at: Date())
        #expect(text.hasPrefix("PRK1-"))
        let read = try #require(RecoveryKeyText.privateKey(from: text.lowercased().replacingOccurrences(of: "-", with: " ")))
        #expect(RecoveryKeyText.matches(read, record))
        var typo = Array(text)
        typo[8] = typo[8] == "A" ? "B" : "A"
        #expect(RecoveryKeyText.privateKey(from: String(typo)) == nil)
        #expect(RecoveryKeyText.privateKey(from: "PRK1-AAAAA") == nil)
    }

    @Test func formTokensAreBoundToFormAgencyAndTime() throws {
        let tokens = FormTokens(installation: ReceiptKeyDerivation.newInstallation(receiptCost: Self.cheap))
        let now = Date()
        let token = tokens.formToken(purpose: "complaint-new", agency: "thapkhlo", at: now)
        #expect(tokens.isValidFormToken(token, purpose: "complaint-new", agency: "thapkhlo", at: now.addingTimeInterval(3600), lifetime: 4 * 3600))
        #expect(!tokens.isValidFormToken(token, purpose: "complaint-new", agency: "thapkhlo", at: now.addingTimeInterval(5 * 3600), lifetime: 4 * 3600))
        #expect(!tokens.isValidFormToken(token, purpose: "complaint-follow-up", agency: "thapkhlo", at: now, lifetime: 4 * 3600))
        #expect(!tokens.isValidFormToken(token, purpose: "complaint-new", agency: "other", at: now, lifetime: 4 * 3600))
        let other = FormTokens(installation: ReceiptKeyDerivation.newInstallation(receiptCost: Self.cheap))
        #expect(!other.isValidFormToken(token, purpose: "complaint-new", agency: "thapkhlo", at: now, lifetime: 4 * 3600))
        #expect(!tokens.isValidFormToken(token + "x", purpose: "complaint-new", agency: "thapkhlo", at: now, lifetime: 4 * 3600))
    }

    @Test func aFollowUpTokenCarriesOnlyTheReportKeyAndExpires() throws {
        let tokens = FormTokens(installation: ReceiptKeyDerivation.newInstallation(receiptCost: Self.cheap))
        let keys = ComplaintKeys.random()
        let now = Date()
        let token = try tokens.followUpToken(complaint: Self.complaint, keys: keys, agency: "thapkhlo", expires: now.addingTimeInterval(60))
        let (id, opened) = try #require(tokens.openFollowUpToken(token, agency: "thapkhlo", at: now))
        #expect(id == Self.complaint && opened.report.rawBytes == keys.report.rawBytes && opened.officersOnly == nil)
        #expect(tokens.openFollowUpToken(token, agency: "other", at: now) == nil)
        #expect(tokens.openFollowUpToken(token, agency: "thapkhlo", at: now.addingTimeInterval(120)) == nil)
    }

    /// Prints what the receipt and password KDFs cost at the production setting (bcrypt cost 12).
    /// A measurement, never a timed assertion; run alone with PRONGSAI_MEASURE_KDF=1, since a figure taken
    /// while the other suites run says more about them than about scrypt.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PRONGSAI_MEASURE_KDF"] == "1"))
    func kdfCostAtTheProductionSetting() async throws {
        // On a thread of its own: a second of scrypt must not hold one of the few threads other tests share.
        let line = try await OffThePool.run {
            let installation = ReceiptKeyDerivation.newInstallation(receiptCost: ScryptCost(logN: 13))
            let receipt = ReceiptNumber(typed: "0000111122223333")!
            let start = ContinuousClock.now
            for _ in 0..<3 { _ = try ReceiptKeyDerivation.derive(receipt, installation: installation) }
            let receiptTime = (ContinuousClock.now - start) / 3
            let passwordStart = ContinuousClock.now
            _ = try OfficerKeyProtection.makeKey(for: Identifier(UUID()), password: "a-long-password", cost: ScryptCost(logN: 16), at: Date())
            let passwordTime = ContinuousClock.now - passwordStart
            return "KDF cost: receipt \(ScryptCost(logN: 13)) \(receiptTime); officer password \(ScryptCost(logN: 16)) \(passwordTime)"
        }
        print(line)
    }
}

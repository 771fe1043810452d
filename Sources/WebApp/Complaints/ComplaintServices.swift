import ComplaintCrypto
import Complaints
import Foundation
import NIOPosix
import Storage
import Synchronization
import ThaiText
import Workbench

/// What every complaint route shares, made once when the routes are registered: the installation's
/// secrets (read from storage once), the in-memory guess limiter, and the slow work's thread pool.
final class ComplaintServices: Sendable {
    let environment: WebEnvironment
    /// Wrong receipts per agency, in memory only.
    let guesses: ReceiptGuessThrottle
    /// Anonymous filings per agency and in total, per clock hour, in memory only.
    let filings: FilingLimiter
    /// Rendered poster PDFs, by agency and address: Chromium takes a second or two for each.
    let posters = ReadCache<String, Data>(lifetime: .seconds(3600), capacity: 64)
    private let cachedInstallation = Mutex<ComplaintInstallation?>(nil)

    init(environment: WebEnvironment, guesses: ReceiptGuessThrottle = ReceiptGuessThrottle(), filings: FilingLimiter? = nil) {
        self.environment = environment
        self.guesses = guesses
        self.filings = filings ?? FilingLimiter(
            perAgency: environment.options.filingLimit.perAgency, total: environment.options.filingLimit.total)
    }

    var repository: any ComplaintRepository { environment.repositories.complaints }

    /// Today in Thailand: the only time the channel records for anything a reporter does.
    var today: ThaiDate { ThaiDate(environment.now()) }

    /// The installation's secrets; made and stored on first use, with the receipt cost of this configuration.
    func installation() async throws -> ComplaintInstallation {
        if let cached = cachedInstallation.withLock({ $0 }) { return cached }
        let candidate = ReceiptKeyDerivation.newInstallation(receiptCost: StretchingCost.receipt(environment.options))
        let stored = try await repository.installation(creatingIfMissing: candidate)
        cachedInstallation.withLock { $0 = stored }
        return stored
    }

    func formTokens() async throws -> FormTokens { FormTokens(installation: try await installation()) }

    /// Runs a slow KDF on the shared thread pool, never on the event loop. The pool has one thread per core,
    /// so at most that many scrypt buffers exist at once however many reports arrive together.
    func stretch<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await NIOThreadPool.singleton.runIfActive(work)
    }

    /// An agency's channel with what judging it needs: the named recipients' accounts and their active keys.
    func channelState(_ agency: AgencyRecord) async throws -> ChannelState {
        let channel = try await repository.fetchChannel(agency: agency.id)
        let accounts = try await environment.repositories.users.fetchUsers(agency: agency.id)
        let recipients = accounts.filter { channel?.recipientIDs.contains($0.id) == true && $0.active }
        let keys = try await repository.fetchActiveOfficerKeys(users: recipients.map(\.id))
        let deactivated = accounts.filter { channel?.recipientIDs.contains($0.id) == true && !$0.active }.map(\.displayName)
        return ChannelState(
            agency: agency, channel: channel, accounts: accounts, recipients: recipients, keys: keys,
            readiness: ChannelReadiness(channel: channel, recipients: recipients, activeKeys: keys, deactivated: deactivated))
    }
}

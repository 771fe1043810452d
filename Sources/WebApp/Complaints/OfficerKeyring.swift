import ComplaintCrypto
import Complaints
import Crypto
import Foundation
import Hummingbird
import Logging
import NIOPosix
import Storage
import Workbench

/// Officers' private keys across sign-ins: opened with the password at sign-in and kept for the session
/// sealed under its token; re-sealed under a new password; replaced when the old password is gone.
///
/// The sign-in and password pages (and their API twins) call `signedIn` and `passwordChanged` after
/// they have checked the password, so the key follows the account without any step of its own.
struct OfficerKeyring {
    let environment: WebEnvironment
    var repository: any ComplaintRepository { environment.repositories.complaints }
    private static let logger = Logger(label: "prongsai.complaints")

    /// After a verified sign-in: opens the officer's key (or makes the first one, for a recipient) and
    /// keeps it for this session. A key that the password no longer opens (someone else reset the
    /// password) is replaced by a new one that waits for an administrator's confirmation: whoever reset
    /// the password knew the one-time password and may be the one signing in. No case is sealed for it
    /// until then, and older cases only when another recipient shares them on purpose.
    /// Never fails the sign-in: a problem leaves the key locked.
    func signedIn(_ user: UserAccount, password: String, sessionToken: String) async {
        do {
            let existing = try await repository.fetchActiveOfficerKeys(users: [user.id]).first
            let recipient = try await isRecipient(user)
            guard recipient || existing != nil else { return }
            guard let (key, privateKey) = try await openOrReplace(existing, user: user, password: password, makeNew: recipient) else { return }
            try await keep(privateKey, key: key, sessionToken: sessionToken)
        } catch {
            Self.logger.warning("officer key not opened at sign-in", metadata: ["user": .string(user.id.description), "error": .string(Self.kind(error))])
        }
    }

    /// After a verified password change: the key is sealed again under the new password, and kept for the
    /// new session. Without this, the next sign-in could not open it.
    func passwordChanged(_ user: UserAccount, from current: String, to new: String, sessionToken: String) async {
        do {
            guard let key = try await repository.fetchActiveOfficerKeys(users: [user.id]).first else {
                await signedIn(user, password: new, sessionToken: sessionToken)
                return
            }
            let cost = StretchingCost.officer(environment.options)
            let reprotected: (PasswordProtectedKey, Curve25519.KeyAgreement.PrivateKey)? = try await stretch {
                guard let privateKey = try? OfficerKeyProtection.open(key, password: current) else { return nil }
                let protection = try OfficerKeyProtection.protect(privateKey, keyID: key.id, user: user.id, password: new, cost: cost)
                return (protection, privateKey)
            }
            guard let (protection, privateKey) = reprotected else {
                // The key was sealed under an older password (a reset came first): the new password makes a new key.
                await signedIn(user, password: new, sessionToken: sessionToken)
                return
            }
            try await repository.updateOfficerKeyProtection(id: key.id, protection: protection)
            try await keep(privateKey, key: key, sessionToken: sessionToken)
        } catch {
            Self.logger.warning("officer key not re-sealed", metadata: ["user": .string(user.id.description), "error": .string(Self.kind(error))])
        }
    }

    /// The officer's private key for this request's session, or nil while it is locked.
    func unlockedKey(_ identity: Identity, request: Request) async throws -> (OfficerKey, Curve25519.KeyAgreement.PrivateKey)? {
        guard let token = SessionMiddleware.token(in: request)?.0,
              let sealed = try await repository.fetchSessionKey(sessionTokenHash: identity.session.tokenHash),
              let key = try await repository.fetchOfficerKey(id: sealed.keyID), key.userID == identity.user.id, !key.retired,
              let privateKey = try? OfficerKeyProtection.openForSession(sealed.sealedPrivateKey, keyID: key.id, sessionToken: token)
        else { return nil }
        return (key, privateKey)
    }

    private func openOrReplace(
        _ existing: OfficerKey?, user: UserAccount, password: String, makeNew: Bool
    ) async throws -> (OfficerKey, Curve25519.KeyAgreement.PrivateKey)? {
        if let existing {
            let opened = try await stretch { try? OfficerKeyProtection.open(existing, password: password) }
            if let opened { return (existing, opened) }
        }
        guard makeNew else { return nil }
        let cost = StretchingCost.officer(environment.options)
        let now = environment.now()
        var made = try await stretch { try OfficerKeyProtection.makeKey(for: user.id, password: password, cost: cost, at: now) }
        if existing != nil { made.record.trust = .awaitingConfirmation }
        try await repository.insertOfficerKey(made.record, actor: Actor(userID: user.id, name: user.displayName, at: now))
        return (made.record, made.privateKey)
    }

    private func keep(_ privateKey: Curve25519.KeyAgreement.PrivateKey, key: OfficerKey, sessionToken: String) async throws {
        let sealed = try OfficerKeyProtection.sealForSession(privateKey, keyID: key.id, sessionToken: sessionToken)
        try await repository.saveSessionKey(OfficerSessionKey(
            sessionTokenHash: SessionTokens.hash(sessionToken), keyID: key.id, sealedPrivateKey: sealed))
    }

    private func isRecipient(_ user: UserAccount) async throws -> Bool {
        guard user.active, let agency = user.agencyID, let channel = try await repository.fetchChannel(agency: agency) else { return false }
        return channel.recipientIDs.contains(user.id)
    }

    private func stretch<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await NIOThreadPool.singleton.runIfActive(work)
    }

    /// The error's type only: never its text, which could quote a value.
    private static func kind(_ error: any Error) -> String { String(describing: type(of: error)) }
}

import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix
import Synchronization

/// bcrypt, run off the event loop because each hash takes a noticeable fraction of a second.
///
/// bcrypt reads at most 72 bytes, which is only 24 Thai letters in UTF-8. So a password is first
/// normalised (NFC) and hashed with SHA-256, and bcrypt gets the 44-character base64 of that digest.
/// Hashes made that way carry the `sha256:` marker; hashes stored before it (bare `$2b$…`) still verify
/// with the password as it was, and `needsUpgrade` tells the sign-in to store the new form.
public struct PasswordHasher: Sendable {
    let cost: UInt8

    /// Marks a bcrypt hash of the pre-hashed password.
    static let preHashMarker = "sha256:"

    public init(cost: UInt8) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive {
            Self.preHashMarker + Bcrypt.hash(Self.preHashed(password), cost: cost)
        }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Self.verifySync(password, hash: hash) }
    }

    /// Verifies `password` for an account that may not exist or may be inactive: without one, a hash of
    /// the same cost is verified all the same and false returned, so an unknown username takes as long
    /// to refuse as a wrong password and usernames cannot be found by timing.
    public func verify(_ password: String, account hash: String?) async throws -> Bool {
        guard let hash else {
            let dummy = try await dummyHash()
            _ = try await verify(password, hash: dummy)
            Self.dummyVerifications.add(1, ordering: .relaxed)
            return false
        }
        return try await verify(password, hash: hash)
    }

    /// True for a hash stored before pre-hashing: the sign-in replaces it once the password is known.
    public func needsUpgrade(_ hash: String) -> Bool {
        !hash.hasPrefix(Self.preHashMarker)
    }

    /// How many times a dummy hash was verified in this process (tests read it).
    static let dummyVerifications = Atomic<Int>(0)

    static func verifySync(_ password: String, hash: String) -> Bool {
        if hash.hasPrefix(preHashMarker) {
            return Bcrypt.verify(preHashed(password), hash: String(hash.dropFirst(preHashMarker.count)))
        }
        return Bcrypt.verify(password, hash: hash)
    }

    /// What bcrypt is given: base64 of SHA-256 of the NFC UTF-8 password (44 ASCII bytes, no NUL).
    static func preHashed(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.precomposedStringWithCanonicalMapping.utf8))).base64EncodedString()
    }

    /// One hash per cost, made on first use and kept: verifying it costs what verifying a real one does.
    private static let dummies = Mutex<[UInt8: String]>([:])

    private func dummyHash() async throws -> String {
        if let known = Self.dummies.withLock({ $0[cost] }) { return known }
        let made = try await hash(SessionTokens.random())
        return Self.dummies.withLock { dummies in
            if let known = dummies[cost] { return known }
            dummies[cost] = made
            return made
        }
    }

    /// A password good enough to set: at least 10 characters and not all of one kind.
    static func problem(with password: String, username: String) -> (th: String, en: String)? {
        if password.count < 10 {
            return ("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร", "the password must be at least 10 characters long")
        }
        if password.lowercased().contains(username.lowercased()) {
            return ("รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น", "the password must not contain the username")
        }
        if Set(password).count < 5 {
            return ("รหัสผ่านต้องมีตัวอักษรหลากหลายกว่านี้", "the password needs more different characters")
        }
        return nil
    }
}

import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run off the event loop because each hash takes a noticeable fraction of a second.
public struct PasswordHasher: Sendable {
    let cost: UInt8

    public init(cost: UInt8) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
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

import Foundation
import Workbench

/// The public half of an agency's recovery key pair. The private half was shown once to the
/// administrator to print and keep offline; it is never stored.
public struct RecoveryKey: Codable, Hashable, Sendable {
    public var id: Identifier<RecoveryKey>
    public var publicKey: Data
    public var createdAt: Date

    public init(id: Identifier<RecoveryKey>, publicKey: Data, createdAt: Date) {
        self.id = id
        self.publicKey = publicKey
        self.createdAt = createdAt
    }
}

/// Why sealing or opening failed. Messages name no secret and no content.
public enum ComplaintCryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The key does not open the box: a wrong password, receipt or key, or altered data.
    case cannotOpen(String)
    case malformed(String)
    /// An internal entry was asked of the reporter's keys.
    case notForReporter

    public var description: String {
        switch self {
        case .cannotOpen(let what): "cannot open \(what)"
        case .malformed(let what): "malformed \(what)"
        case .notForReporter: "the reporter's key does not open officers' entries"
        }
    }
}

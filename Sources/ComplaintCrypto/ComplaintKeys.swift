import Complaints
import Crypto
import Foundation

/// The two random keys of one complaint.
///
/// `report` seals what the reporter may read: the report, their additions, officers' replies and the
/// attachments. `officersOnly` seals internal notes and forwarding records. Officers and the recovery key
/// get both; the reporter's receipt unwraps only `report`, so even a reporter holding the database could
/// not read the internal notes.
public struct ComplaintKeys: Sendable {
    public let report: SymmetricKey
    public let officersOnly: SymmetricKey?

    public init(report: SymmetricKey, officersOnly: SymmetricKey?) {
        self.report = report
        self.officersOnly = officersOnly
    }

    /// Fresh 256-bit keys from the system's secure generator.
    public static func random() -> ComplaintKeys {
        ComplaintKeys(report: SymmetricKey(size: .bits256), officersOnly: SymmetricKey(size: .bits256))
    }

    /// The key that seals an entry of this kind; throws when only the reporter's half is at hand.
    public func key(for kind: ComplaintEntry.Kind) throws -> SymmetricKey {
        if kind.reporterSees { return report }
        guard let officersOnly else { throw ComplaintCryptoError.notForReporter }
        return officersOnly
    }

    /// 64 bytes for officers (report then officers-only), 32 for the reporter.
    var rawRepresentation: Data {
        var data = report.rawData
        if let officersOnly { data += officersOnly.rawData }
        return data
    }

    init(rawRepresentation data: Data) throws {
        switch data.count {
        case 32: self.init(report: SymmetricKey(data: data), officersOnly: nil)
        case 64: self.init(report: SymmetricKey(data: data.prefix(32)), officersOnly: SymmetricKey(data: data.suffix(32)))
        default: throw ComplaintCryptoError.malformed("case keys of \(data.count) bytes")
        }
    }

    /// Only the half the reporter may hold.
    public var reporterHalf: ComplaintKeys { ComplaintKeys(report: report, officersOnly: nil) }
}

extension SymmetricKey {
    var rawData: Data { withUnsafeBytes { Data($0) } }
}

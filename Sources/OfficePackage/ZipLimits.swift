/// How much a zip may inflate to before it is refused: bounds on the bytes really produced, so a package
/// that claims 1 KB and inflates to gigabytes is stopped after `totalBytes` at most.
public struct ZipLimits: Sendable, Hashable {
    /// The parts together.
    public var totalBytes: Int
    /// Any one part.
    public var entryBytes: Int
    /// Inflated bytes per compressed byte of a part, checked once the part is past `ratioFloorBytes`.
    /// Office XML rarely passes 100:1; deflate's own ceiling is about 1,032:1.
    public var ratio: Int
    /// Below this a part may inflate at any ratio: small parts cost nothing.
    public var ratioFloorBytes: Int
    /// Entries of any kind in the central directory.
    public var entries: Int
    /// The inflation step; a refusal comes at most one step past a limit.
    public var chunkBytes: Int

    public init(totalBytes: Int, entryBytes: Int, ratio: Int, ratioFloorBytes: Int = 1_048_576, entries: Int, chunkBytes: Int = 16_384) {
        self.totalBytes = totalBytes
        self.entryBytes = entryBytes
        self.ratio = ratio
        self.ratioFloorBytes = ratioFloorBytes
        self.entries = entries
        self.chunkBytes = chunkBytes
    }

    /// An attachment of at most 5 MB from the public form: a real Word or Excel file of that size inflates
    /// to a few tens of MB at most; a Word file has ~20 parts, an Excel workbook a few hundred at most.
    public static let attachment = ZipLimits(totalBytes: 64 * 1_048_576, entryBytes: 48 * 1_048_576, ratio: 200, entries: 2_000)

    /// The attachment limits with a smaller (or larger) total, no part allowed more than the total.
    public static func attachment(upTo totalBytes: Int) -> ZipLimits {
        var limits = attachment
        limits.totalBytes = totalBytes
        limits.entryBytes = min(limits.entryBytes, totalBytes)
        return limits
    }
}

/// A package refused while it was inflating, before more than the limit plus one step was produced.
public struct ZipRefusal: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case tooManyEntries
        case partTooLarge
        case packageTooLarge
        case ratioTooHigh
    }

    public var reason: Reason
    /// The part being inflated (or counted) when the limit was reached.
    public var path: String
    /// Every byte inflated before the refusal, all parts together.
    public var inflatedBytes: Int
}

/// Counts inflated bytes across the parts of one package and refuses at the first limit passed.
struct InflationCounter {
    let limits: ZipLimits
    private(set) var total = 0
    private var part = 0
    private var compressed = 0
    private var path = ""

    init(limits: ZipLimits) { self.limits = limits }

    mutating func start(_ path: String, compressedSize: Int) {
        self.path = path
        part = 0
        compressed = max(compressedSize, 1)
    }

    mutating func count(_ bytes: Int) throws {
        part += bytes
        total += bytes
        if part > limits.entryBytes { throw refusal(.partTooLarge) }
        if total > limits.totalBytes { throw refusal(.packageTooLarge) }
        let (allowed, overflow) = compressed.multipliedReportingOverflow(by: limits.ratio)
        if part > limits.ratioFloorBytes, !overflow, part > allowed { throw refusal(.ratioTooHigh) }
    }

    private func refusal(_ reason: ZipRefusal.Reason) -> ZipRefusal {
        ZipRefusal(reason: reason, path: path, inflatedBytes: total)
    }
}

import ThaiText

/// A case's place in its retention period.
public enum RetentionState: Hashable, Sendable {
    /// Not closed: kept.
    case kept
    /// Closed, kept until the day given.
    case keptUntil(ThaiDate)
    /// Closed, and may be deleted soon: the warning officers see first.
    case expiring(on: ThaiDate, inDays: Int)
    /// The retention period is over: an officer may delete it.
    case expired(since: ThaiDate)

    public var mayBeDeleted: Bool {
        if case .expired = self { return true }
        return false
    }
}

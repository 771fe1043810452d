import ThaiText
import Workbench

/// How many years a closed case is kept, per category, before it may be deleted.
///
/// The defaults are long where a case may still matter years later: a corruption report can go to the
/// NACC, whose inquiries take years, and disciplinary cases follow the civil-service time limits. The
/// administrator may change them.
public struct RetentionPolicy: Codable, Hashable, Sendable, CustomStringConvertible {
    public var corruptionYears: Int
    public var misconductYears: Int
    public var serviceYears: Int

    public init(corruptionYears: Int, misconductYears: Int, serviceYears: Int) {
        self.corruptionYears = corruptionYears
        self.misconductYears = misconductYears
        self.serviceYears = serviceYears
    }

    public static let standard = RetentionPolicy(corruptionYears: 10, misconductYears: 5, serviceYears: 2)
    /// Officers are warned this many days before a case may be deleted.
    public static let warningDays = 30
    public static let allowedYears = 1...20

    public func years(for category: ComplaintCategory) -> Int {
        switch category {
        case .corruption: corruptionYears
        case .misconduct: misconductYears
        case .service: serviceYears
        }
    }

    public mutating func set(_ years: Int, for category: ComplaintCategory) {
        switch category {
        case .corruption: corruptionYears = years
        case .misconduct: misconductYears = years
        case .service: serviceYears = years
        }
    }

    /// The first day a closed case may be deleted; nil while it is open.
    public func expiry(of complaint: ComplaintRecord) -> ThaiDate? {
        guard complaint.status == .closed, let closed = complaint.closedOn else { return nil }
        let years = years(for: complaint.category)
        let day = min(closed.day, CalendarDate.lastDay(of: YearMonth(year: closed.year + years, month: closed.month)))
        return ThaiDate(year: closed.year + years, month: closed.month, day: day)
    }

    /// Where a case stands against its retention period on a given day.
    public func state(of complaint: ComplaintRecord, on today: ThaiDate) -> RetentionState {
        guard let expiry = expiry(of: complaint) else { return .kept }
        let days = DayCount.between(today, expiry)
        if days <= 0 { return .expired(since: expiry) }
        if days <= Self.warningDays { return .expiring(on: expiry, inDays: days) }
        return .keptUntil(expiry)
    }

    public var description: String {
        "corruption=\(corruptionYears)y misconduct=\(misconductYears)y service=\(serviceYears)y"
    }
}

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

/// Whole days between two calendar days, through the Christian-era day number (no time zones involved).
public enum DayCount {
    public static func between(_ from: ThaiDate, _ to: ThaiDate) -> Int {
        number(to) - number(from)
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-days algorithm).
    static func number(_ date: ThaiDate) -> Int {
        let year = date.year - 543
        let month = date.month.rawValue
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

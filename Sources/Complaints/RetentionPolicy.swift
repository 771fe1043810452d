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

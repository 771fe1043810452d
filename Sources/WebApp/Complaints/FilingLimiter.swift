import Foundation
import Synchronization
import Workbench

/// Limits anonymous filing per agency and across the installation, per clock hour, in memory. It keeps
/// counts only: no address, no time finer than the hour, nothing about who filed. A try is reserved before
/// the form is read and given back when it does not end in a filed report (an expired form, a missing field).
final class FilingLimiter: Sendable {
    /// Reports per agency in one clock hour.
    let perAgency: Int
    /// Reports across every agency in one clock hour.
    let total: Int

    private struct Counts {
        var hour: Int = .min
        var agencies: [Identifier<AgencyRecord>: Int] = [:]
        var total = 0
    }

    private let counts = Mutex(Counts())

    init(perAgency: Int = 60, total: Int = 600) {
        self.perAgency = perAgency
        self.total = total
    }

    /// Reserves one filing: nil when granted, or the seconds until the next hour when a limit is reached.
    func reserve(_ agency: Identifier<AgencyRecord>, at now: Date) -> Int? {
        let hour = Int((now.timeIntervalSince1970 / 3600).rounded(.down))
        return counts.withLock { counts in
            if counts.hour != hour { counts = Counts(hour: hour) }
            guard counts.total < total, counts.agencies[agency, default: 0] < perAgency else {
                return max(1, (hour + 1) * 3600 - Int(now.timeIntervalSince1970.rounded(.down)))
            }
            counts.total += 1
            counts.agencies[agency, default: 0] += 1
            return nil
        }
    }

    /// Gives back a reservation that did not file a report.
    func release(_ agency: Identifier<AgencyRecord>, at now: Date) {
        let hour = Int((now.timeIntervalSince1970 / 3600).rounded(.down))
        counts.withLock { counts in
            guard counts.hour == hour, let count = counts.agencies[agency], count > 0 else { return }
            counts.agencies[agency] = count - 1
            counts.total -= 1
        }
    }
}

import Foundation
import Synchronization

/// A clock the tests move by hand, passed to `buildApplication(now:)`.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date()) {
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// The closure the app reads the time from.
    var reading: @Sendable () -> Date { { [self] in now } }
}

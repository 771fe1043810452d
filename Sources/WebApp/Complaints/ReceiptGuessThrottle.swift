import Foundation
import Workbench

/// Limits wrong receipts per agency: after `maximumFailures` wrong receipts within `window`, every
/// receipt for that agency is refused with 429 for `lockout`, the right one too (else the limit would
/// be an oracle). In memory only, like the sign-in limiter; nothing about the client is kept.
///
/// The limit is per agency, not per client, because the server keeps no client addresses. A receipt has
/// 10¹⁶ values, so the limit is less about guessing (hopeless either way) than about the slow KDF each
/// try costs. Its price is that someone could keep an agency's follow-up page locked; the page then says
/// to try again later, and reports can still be filed.
final class ReceiptGuessThrottle: Sendable {
    private let limiter: FailureLimiter<Identifier<AgencyRecord>>

    init(maximumFailures: Int = 10, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60) {
        limiter = FailureLimiter(maximumFailures: maximumFailures, window: window, lockout: lockout, capacity: 100_000)
    }

    var maximumFailures: Int { limiter.maximumFailures }
    var lockout: TimeInterval { limiter.lockout }

    /// Until when receipts for the agency are refused, or nil.
    func lockedUntil(_ agency: Identifier<AgencyRecord>, at now: Date) -> Date? {
        limiter.lockedUntil(agency, at: now)
    }

    /// Reserves one try before the receipt is stretched: nil when granted, or until when refused. Tries in
    /// flight count, so concurrent guesses cannot all reach the slow KDF.
    func reserve(_ agency: Identifier<AgencyRecord>, at now: Date) -> Date? {
        limiter.reserve(agency, at: now)
    }

    /// The same, waiting up to `patience` seconds while the limit is full only of receipts still being
    /// checked, so reporters who open their reports at the same moment are served, not refused.
    func reserve(_ agency: Identifier<AgencyRecord>, patience: TimeInterval, now: @Sendable () -> Date) async -> Date? {
        await limiter.reserve(agency, patience: patience, now: now)
    }

    /// Counts a wrong receipt, confirming its reservation.
    func recordFailure(_ agency: Identifier<AgencyRecord>, at now: Date) {
        limiter.recordFailure(agency, at: now)
    }

    /// Gives back the reservation of a right receipt. Earlier wrong ones stay counted: a reporter's own
    /// receipt must not wipe out someone else's guesses.
    func release(_ agency: Identifier<AgencyRecord>) {
        limiter.release(agency)
    }

    /// How many receipts were granted a try since start: the number of times the slow KDF could run.
    var grantedTries: Int { limiter.grantedTries }

    static func refusal(until: Date, now: Date) -> WebError {
        let minutes = FailureLimiter<Identifier<AgencyRecord>>.minutes(until: until, now: now)
        return WebError(
            .tooManyRequests, field: "receipt",
            th: "มีการกรอกเลขรับเรื่องผิดหลายครั้งเกินไป กรุณารอ \(minutes) นาทีแล้วลองใหม่ เรื่องของท่านยังอยู่ครบ",
            en: "too many wrong receipts were entered; please wait \(minutes) minutes and try again. Your report is safe.")
    }
}

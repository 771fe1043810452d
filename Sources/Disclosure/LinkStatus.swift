/// What a link check found for one URL; the checker reads these as input and fetches nothing itself.
public struct LinkStatus: Codable, Hashable, Sendable {
    public enum Outcome: Codable, Hashable, Sendable {
        /// The server answered with this status after any redirects on the domain.
        case answered(status: Int)
        /// A redirect pointed off the agency's domain; it was not followed.
        case redirectedOffDomain(location: String)
        /// No answer: refused, timed out, unknown host; the reason is for people.
        case failed(reason: String)
    }

    public var url: String
    public var outcome: Outcome

    public init(url: String, outcome: Outcome) {
        self.url = url
        self.outcome = outcome
    }

    /// 2xx after redirects; an assessor's browser would show the page.
    public var isAlive: Bool {
        if case .answered(let status) = outcome { return (200..<300).contains(status) }
        return false
    }

    /// The HTTP status when there was one.
    public var status: Int? {
        if case .answered(let status) = outcome { return status }
        return nil
    }

    /// "404", "ไม่ตอบสนอง (timed out)", … for tables.
    public var summary: String {
        switch outcome {
        case .answered(let status): "HTTP \(status)"
        case .redirectedOffDomain(let location): "redirect → \(location)"
        case .failed(let reason): reason
        }
    }
}

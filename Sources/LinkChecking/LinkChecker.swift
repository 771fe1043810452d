import Disclosure
import Foundation

/// Checks that links answer: HEAD first, GET when a server refuses HEAD, redirects followed only while
/// they stay on the agency's domain. URLs off the domain are never fetched, and neither is any host
/// that resolves to an internal address (see `AddressGuard`).
public struct LinkChecker: Sendable {
    public var policy: LinkCheckPolicy

    public init(policy: LinkCheckPolicy = LinkCheckPolicy()) {
        self.policy = policy
    }

    /// The status of each URL on `domain` that the request budget reached, in the order given.
    public func check(_ urls: [String], domain: MainDomain) async -> [LinkStatus] {
        let wanted = urls.filter { domain.contains($0) }
        guard !wanted.isEmpty else { return [] }
        let session = ProbeClient(policy: policy)
        let budget = RequestBudget(policy.maxRequests)
        var results: [Int: LinkStatus] = [:]
        await withTaskGroup(of: (Int, LinkStatus?).self) { group in
            var next = 0
            func addNext() {
                guard next < wanted.count else { return }
                let index = next
                let url = wanted[index]
                next += 1
                group.addTask { (index, await self.follow(url, domain: domain, session: session, budget: budget)) }
            }
            for _ in 0..<min(policy.concurrency, wanted.count) { addNext() }
            for await (index, status) in group {
                if let status { results[index] = status }
                addNext()
            }
        }
        return results.keys.sorted().compactMap { results[$0] }
    }

    /// One URL through its redirects; nil when the budget ran out before an answer.
    func follow(_ url: String, domain: MainDomain, session: ProbeClient, budget: RequestBudget) async -> LinkStatus? {
        var current = url
        for _ in 0...policy.maxRedirects {
            guard let answer = await probe(current, session: session, budget: budget) else { return nil }
            switch answer {
            case .failed(let reason):
                return LinkStatus(url: url, outcome: .failed(reason: reason))
            case .answered(let status, let location):
                guard (300..<400).contains(status), let location,
                      let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString
                else { return LinkStatus(url: url, outcome: .answered(status: status)) }
                guard domain.contains(next) else { return LinkStatus(url: url, outcome: .redirectedOffDomain(location: next)) }
                current = next
            }
        }
        return LinkStatus(url: url, outcome: .failed(reason: "more than \(policy.maxRedirects) redirects"))
    }

    /// HEAD, then GET when the server answers HEAD with an error (many refuse or mishandle it).
    func probe(_ url: String, session: ProbeClient, budget: RequestBudget) async -> ProbeAnswer? {
        guard let target = URL(string: url), await budget.take() else { return nil }
        let head = await session.send(target, method: "HEAD")
        if case .answered(let status, _) = head, status >= 400 {
            guard await budget.take() else { return head }
            return await session.send(target, method: "GET")
        }
        return head
    }
}

/// What one request got back.
enum ProbeAnswer: Sendable {
    case answered(status: Int, location: String?)
    case failed(String)
}

/// Counts the requests a check may still make.
actor RequestBudget {
    private var left: Int

    init(_ count: Int) { left = count }

    func take() -> Bool {
        guard left > 0 else { return false }
        left -= 1
        return true
    }
}

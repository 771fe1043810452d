/// Which URLs of a year's records a link check should fetch: each once, only those on the agency's
/// main domain (anything else is flagged off-domain without being fetched), at most `limit`.
public enum DisclosureLinks {
    public static func toCheck(_ records: [DisclosureRecord], domain: MainDomain?, limit: Int) -> [String] {
        guard let domain else { return [] }
        var seen = Set<String>()
        var urls: [String] = []
        for link in records.flatMap(\.links) where domain.contains(link.url) && seen.insert(link.url).inserted {
            urls.append(link.url)
            if urls.count == limit { break }
        }
        return urls
    }
}

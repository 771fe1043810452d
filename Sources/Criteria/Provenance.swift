/// How firmly a fact in the criteria data is established, and where it comes from.
///
/// Every year file carries these, so that an unverified fact is visible in the data itself,
/// not only in a note somewhere else.
public struct Provenance: Codable, Hashable, Sendable {
    /// V = read in a source, D = derived by arithmetic from sourced facts,
    /// R = recalled or taken from a variant list and not verified, ? = open.
    public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
        case verified = "V"
        case derived = "D"
        case recalled = "R"
        case open = "?"
    }

    public var status: Status
    /// Identifiers of entries in the year's `sources` list.
    public var sources: [String]
    public var note: String?

    public init(status: Status, sources: [String] = [], note: String? = nil) {
        self.status = status
        self.sources = sources
        self.note = note
    }

    public var isVerified: Bool { status == .verified || status == .derived }
}

/// A public document or page that a year file cites.
public struct Source: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var url: String?
    public var note: String?

    public init(id: String, title: String, url: String? = nil, note: String? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.note = note
    }
}

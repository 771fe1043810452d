import Foundation
import Planning

/// A stored agency: its URL name, its names and its divisions.
public struct AgencyRecord: Codable, Hashable, Sendable {
    public var id: Identifier<AgencyRecord>
    /// The name in URLs, e.g. "thapkhlo". Lower-case letters, digits and hyphens.
    public var slug: String
    public var agency: Agency
    public var createdAt: Date

    public init(id: Identifier<AgencyRecord>, slug: String, agency: Agency, createdAt: Date) {
        self.id = id
        self.slug = slug
        self.agency = agency
        self.createdAt = createdAt
    }

    /// Whether a slug is acceptable in a URL path.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard (2...40).contains(slug.count), let first = slug.first, first.isLetter else { return false }
        return slug.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}

/// ส่วนราชการ of an agency.
public struct Division: Codable, Hashable, Sendable {
    public var id: Identifier<Division>
    public var agencyID: Identifier<AgencyRecord>
    public var name: String
    public var position: Int

    public init(id: Identifier<Division>, agencyID: Identifier<AgencyRecord>, name: String, position: Int) {
        self.id = id
        self.agencyID = agencyID
        self.name = name
        self.position = position
    }
}

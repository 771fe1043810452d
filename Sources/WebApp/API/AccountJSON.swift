import Foundation
import Workbench

/// An account as the API shows it: never the password hash.
struct AccountJSON: Encodable, Sendable {
    var username: String
    var displayName: String
    var role: String
    /// The agency's slug; null for an administrator.
    var agency: String?
    var division: String?
    var active: Bool
    var mustChangePassword: Bool
    var createdAt: Date

    init(_ user: UserAccount, agencySlug: String?) {
        username = user.username
        displayName = user.displayName
        role = user.role.rawValue
        agency = agencySlug
        division = user.divisionName
        active = user.active
        mustChangePassword = user.mustChangePassword
        createdAt = user.createdAt
    }

    /// Nil values are written as null, so every key is always present, as the OpenAPI schema says.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(username, forKey: .username)
        try container.encode(displayName, forKey: .displayName)
        try container.encode(role, forKey: .role)
        try container.encode(agency, forKey: .agency)
        try container.encode(division, forKey: .division)
        try container.encode(active, forKey: .active)
        try container.encode(mustChangePassword, forKey: .mustChangePassword)
        try container.encode(createdAt, forKey: .createdAt)
    }

    private enum CodingKeys: String, CodingKey {
        case username, displayName, role, agency, division, active, mustChangePassword, createdAt
    }
}

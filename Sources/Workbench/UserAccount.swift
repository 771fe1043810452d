import Foundation

/// A person who signs in. Administrators belong to the installation; everyone else to one agency.
public struct UserAccount: Codable, Hashable, Sendable {
    public var id: Identifier<UserAccount>
    public var username: String
    public var displayName: String
    public var role: Role
    /// Nil for an administrator of the whole installation.
    public var agencyID: Identifier<AgencyRecord>?
    /// The division a division head reports for.
    public var divisionName: String?
    /// bcrypt hash; never logged, never sent.
    public var passwordHash: String
    /// True for a one-time password: the next sign-in must set a new one.
    public var mustChangePassword: Bool
    public var active: Bool
    public var createdAt: Date

    public init(
        id: Identifier<UserAccount>, username: String, displayName: String, role: Role,
        agencyID: Identifier<AgencyRecord>?, divisionName: String?, passwordHash: String,
        mustChangePassword: Bool, active: Bool = true, createdAt: Date
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.agencyID = agencyID
        self.divisionName = divisionName
        self.passwordHash = passwordHash
        self.mustChangePassword = mustChangePassword
        self.active = active
        self.createdAt = createdAt
    }

    /// Usernames: 3–40 characters of lower-case ASCII letters, digits, dot, dash, underscore.
    public static func isValidUsername(_ name: String) -> Bool {
        (3...40).contains(name.count)
            && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || ".-_".contains($0) }
    }
}

/// A signed-in browser session. Only the hash of its token is stored.
public struct SessionRecord: Codable, Hashable, Sendable {
    /// SHA-256 of the cookie token, hex.
    public var tokenHash: String
    public var userID: Identifier<UserAccount>
    /// The token every form of this session must carry.
    public var csrfToken: String
    public var expiresAt: Date

    public init(tokenHash: String, userID: Identifier<UserAccount>, csrfToken: String, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

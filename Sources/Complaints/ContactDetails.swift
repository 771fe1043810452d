import Foundation

/// Optional contact details; a report without them is anonymous.
public struct ContactDetails: Codable, Hashable, Sendable {
    public var name: String
    public var phone: String
    public var email: String

    public init(name: String, phone: String, email: String) {
        self.name = name
        self.phone = phone
        self.email = email
    }

    /// Nil when every field is empty, so an untouched form stays anonymous.
    public static func ifGiven(name: String?, phone: String?, email: String?) -> ContactDetails? {
        let parts = [name, phone, email].map { ($0 ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.contains(where: { !$0.isEmpty }) else { return nil }
        return ContactDetails(name: parts[0], phone: parts[1], email: parts[2])
    }
}

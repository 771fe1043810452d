import Foundation

/// The agency's main domain, and whether a URL sits on it. "www." is ignored, and subdomains count
/// (ita.thapkhlo.go.th is on thapkhlo.go.th): ITAS asks for the agency's own website, not one host.
public struct MainDomain: Hashable, Sendable, CustomStringConvertible {
    /// Lower-case host without a leading "www.".
    public var host: String

    public init?(website: String) {
        guard let host = Self.host(of: website) else { return nil }
        self.host = host
    }

    /// The lower-case host of an http(s) URL without "www.", or nil for anything else.
    public static func host(of text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Whether the URL is http(s) on this domain or one of its subdomains.
    public func contains(_ url: String) -> Bool {
        guard let other = Self.host(of: url) else { return false }
        return other == host || other.hasSuffix("." + host)
    }

    public var description: String { host }
}

import Disclosure
import Workbench

/// The addresses of the public transparency pages, relative and as the assessor sees them.
enum PublicPaths {
    /// "/public/thapkhlo/ita/2566"
    static func year(_ slug: String, _ year: Int) -> String { "/public/\(slug)/ita/\(year)" }

    /// An uploaded document's public download.
    static func file(_ slug: String, _ year: Int, _ document: Identifier<DisclosureDocument>) -> String {
        "\(Self.year(slug, year))/files/\(document)"
    }

    /// The complaint channel, built by the complaints feature.
    static func complaint(_ slug: String) -> String { "/public/\(slug)/complaints/new" }

    static let stylesheet = "/public/assets/public.css"

    /// The path on the agency's public site (its public site setting, else its main website); the
    /// path alone when neither is set.
    static func absolute(_ settings: DisclosureSettings, _ path: String) -> String {
        settings.publicBase + path
    }
}

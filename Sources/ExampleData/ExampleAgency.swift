import Foundation

/// The example agency that ships with Prongsai: อบต.ทับคล้อ, จ.พิจิตร, from its real published
/// FY2566 measures document (text as extracted from the PDF, mess included).
public enum ExampleAgency {
    /// The name in URLs.
    public static let slug = "thapkhlo"

    /// The file name the document had, used in warnings and errors.
    public static let documentFileName = "thapkhlo-measures-2566.txt"

    /// The published document's text.
    public static var documentText: String {
        guard
            let url = Bundle.module.url(forResource: "thapkhlo-measures-2566", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            fatalError("the bundled example document is missing")
        }
        return text
    }
}

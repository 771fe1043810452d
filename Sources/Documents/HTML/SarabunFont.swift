import Foundation

/// Sarabun (Cadson Demak, SIL OFL 1.1, which allows embedding), the open redesign of the
/// government's TH Sarabun, bundled so that printed pages look the same on every machine.
public enum SarabunFont: String, CaseIterable, Sendable {
    case regular = "Sarabun-Regular"
    case bold = "Sarabun-Bold"
    case italic = "Sarabun-Italic"
    case boldItalic = "Sarabun-BoldItalic"

    /// "Sarabun-Regular.ttf", the name a web app can serve it under.
    public var fileName: String { rawValue + ".ttf" }

    /// The bundled TrueType bytes; nil only if the package resources were not installed.
    public var data: Data? {
        Bundle.module.url(forResource: rawValue, withExtension: "ttf", subdirectory: "fonts")
            .flatMap { try? Data(contentsOf: $0) }
    }

    var cssWeight: Int { self == .bold || self == .boldItalic ? 700 : 400 }
    var cssStyle: String { self == .italic || self == .boldItalic ? "italic" : "normal" }

    /// The document uses no italics, so only these two go into a page.
    static let used: [SarabunFont] = [.regular, .bold]

    /// `@font-face` rules for the fonts the document uses, from the given source.
    public static func fontFaceCSS(_ source: FontSource) -> String {
        switch source {
        case .embedded: embeddedCSS
        case .linked(let prefix): used.map { face($0, url: prefix.markupEscaped + $0.fileName) }.joined(separator: "\n")
        case .installed: ""
        }
    }

    /// Read and encoded once: ~240 KB of base64 for regular and bold.
    private static let embeddedCSS: String = used.compactMap { font in
        font.data.map { face(font, url: "data:font/ttf;base64," + $0.base64EncodedString()) }
    }.joined(separator: "\n")

    private static func face(_ font: SarabunFont, url: String) -> String {
        "@font-face { font-family: \"Sarabun\"; font-style: \(font.cssStyle); font-weight: \(font.cssWeight); "
            + "font-display: block; src: url(\"\(url)\") format(\"truetype\"); }"
    }
}

/// Where a page's fonts come from.
public enum FontSource: Hashable, Sendable {
    /// Base64 data URIs in the page, so one file prints anywhere (what the PDF renderer uses).
    case embedded
    /// `url(prefix + "Sarabun-Regular.ttf")`, for a web app that serves `SarabunFont.data` itself.
    case linked(prefix: String)
    /// No `@font-face`: the reader's installed fonts (TH Sarabun New, Laksaman, …).
    case installed
}

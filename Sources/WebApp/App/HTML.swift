/// A piece of HTML. Text interpolated into it is escaped unless it is itself `HTML`, so user text
/// can never become markup by accident.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var rendered: String

    public init(unsafe rendered: String) {
        self.rendered = rendered
    }

    public init(stringLiteral value: String) {
        self.rendered = value
    }

    public init(stringInterpolation: Interpolation) {
        self.rendered = stringInterpolation.output
    }

    public var description: String { rendered }

    public static let empty = HTML(unsafe: "")

    public struct Interpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { output += literal }

        /// Markup, kept as it is.
        public mutating func appendInterpolation(_ html: HTML) { output += html.rendered }

        /// Several pieces of markup in a row.
        public mutating func appendInterpolation(_ pieces: [HTML]) {
            for piece in pieces { output += piece.rendered }
        }

        /// Text, escaped.
        public mutating func appendInterpolation(_ text: String) { output += HTML.escape(text) }

        /// Text of anything printable (numbers, ids), escaped.
        public mutating func appendInterpolation<T: CustomStringConvertible>(_ value: T) {
            output += HTML.escape(value.description)
        }

        /// Optional text; nothing for nil.
        public mutating func appendInterpolation(_ text: String?) {
            if let text { output += HTML.escape(text) }
        }
    }

    /// Escapes the five characters that matter in text and in quoted attribute values.
    ///
    /// Works on UTF-8 bytes: every page escapes its Thai labels, and comparing `Character`s would
    /// run Unicode normalisation on each of them. All five are ASCII, so byte tests are exact.
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x27: bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(unsafe: lhs.rendered + rhs.rendered) }

    /// Joins pieces with a separator.
    public static func join(_ pieces: [HTML], separator: HTML = .empty) -> HTML {
        HTML(unsafe: pieces.map(\.rendered).joined(separator: separator.rendered))
    }
}

/// One `<w:p>`: runs of text with the few paragraph properties the document uses.
struct WordParagraph {
    struct Run {
        var text: String
        var bold = false
    }

    enum Alignment: String {
        case left, center, both
    }

    var runs: [Run]
    var style: String?
    var alignment: Alignment?
    /// Twips: left indent, hanging indent, first-line indent.
    var left = 0
    var hanging = 0
    var firstLine = 0
    var keepNext = false
    var spacingAfter: Int?

    init(_ runs: [Run], style: String? = nil, alignment: Alignment? = nil) {
        self.runs = runs
        self.style = style
        self.alignment = alignment
    }

    init(_ text: String, style: String? = nil, alignment: Alignment? = nil, bold: Bool = false) {
        self.init(text.isEmpty ? [] : [Run(text: text, bold: bold)], style: style, alignment: alignment)
    }

    /// A numbered line, "1)" then a tab to the hanging indent, as in the printed lists.
    static func numbered(_ marker: String, _ text: String, style: String, left: Int, hanging: Int) -> WordParagraph {
        var paragraph = WordParagraph([Run(text: marker + "\t" + text)], style: style)
        paragraph.left = left
        paragraph.hanging = hanging
        return paragraph
    }

    /// Properties in the order the schema requires (CT_PPr): pStyle, keepNext, spacing, ind, jc.
    func xml(_ type: WordTypography) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { properties += "<w:keepNext/>" }
        if let spacingAfter { properties += "<w:spacing w:after=\"\(spacingAfter)\"/>" }
        if left != 0 || hanging != 0 || firstLine != 0 {
            var ind = "<w:ind w:left=\"\(left)\""
            if hanging != 0 { ind += " w:hanging=\"\(hanging)\"" }
            if firstLine != 0 { ind += " w:firstLine=\"\(firstLine)\"" }
            properties += ind + "/>"
        }
        if let alignment { properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        let body = runs.map { Self.runXML($0, fonts: type.runFonts) }.joined()
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + body + "</w:p>"
    }

    /// The font is named on every run as well as in the styles, so that text copied into an
    /// agency's own template keeps the government font. Thai is complex script: Word takes its
    /// font from w:cs and its bold from w:bCs. A typed line break becomes `<w:br/>`, a tab `<w:tab/>`.
    static func runXML(_ run: Run, fonts: String) -> String {
        let properties = "<w:rPr>" + fonts + (run.bold ? "<w:b/><w:bCs/>" : "") + "</w:rPr>"
        var content = ""
        var pending = ""
        func flush() {
            if !pending.isEmpty { content += "<w:t xml:space=\"preserve\">\(pending.markupEscaped)</w:t>" }
            pending = ""
        }
        for character in run.text {
            switch character {
            case "\n", "\r\n":
                flush()
                content += "<w:br/>"
            case "\t":
                flush()
                content += "<w:tab/>"
            default: pending.append(character)
            }
        }
        flush()
        return "<w:r>\(properties)\(content)</w:r>"
    }
}

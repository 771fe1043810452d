/// The font and sizes a .docx is set in (sizes in half-points, as WordprocessingML counts them).
public struct WordTypography: Hashable, Sendable {
    public var font: String
    public var body: Int
    public var table: Int
    public var title: Int
    public var caption: Int
    /// Line spacing in 240ths of the font's own line height (240 is single).
    public var lineSpacing: Int
    /// The font's mean advance of a character that takes space in Thai text, in em (for estimates).
    public var averageAdvance: Double
    /// The font's single line height, in em (for estimates).
    public var lineHeight: Double

    public init(
        font: String, body: Int, table: Int, title: Int, caption: Int, lineSpacing: Int = 240,
        averageAdvance: Double, lineHeight: Double
    ) {
        self.font = font
        self.body = body
        self.table = table
        self.title = title
        self.caption = caption
        self.lineSpacing = lineSpacing
        self.averageAdvance = averageAdvance
        self.lineHeight = lineHeight
    }

    /// TH Sarabun New 16 pt (tables 15 pt), the government standard that most Thai office PCs have.
    /// Advance and line height are generous: 0.35 em was measured on a Thai sentence in Laksaman,
    /// the TH Sarabun derivative.
    public static let thaiGovernment = WordTypography(
        font: "TH Sarabun New", body: 32, table: 30, title: 36, caption: 28, averageAdvance: 0.38, lineHeight: 1.3)

    /// The bundled Sarabun at the HTML's sizes (12 pt, tables 11 pt), for a reader that is given
    /// the font, as `PDFRenderer` gives it to LibreOffice. Sarabun is wider than TH Sarabun New,
    /// hence the smaller sizes for the same line length.
    /// Single spacing would let its stacked tone marks touch the line above, so lines are 1.25.
    /// Its advance, 0.53 em, was measured on the same sentence; its line is 1.3 em (hhea).
    public static let sarabun = WordTypography(
        font: "Sarabun", body: 24, table: 22, title: 28, caption: 22, lineSpacing: 300,
        averageAdvance: 0.55, lineHeight: 1.3)

    /// The font on all four slots; Thai text takes w:cs.
    var runFonts: String {
        let name = font.markupEscaped
        return "<w:rFonts w:ascii=\"\(name)\" w:hAnsi=\"\(name)\" w:eastAsia=\"\(name)\" w:cs=\"\(name)\"/>"
    }
}

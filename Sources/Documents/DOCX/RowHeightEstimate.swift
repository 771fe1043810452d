/// A generous estimate of a table row's height, to find the rare row that cannot fit on a page.
///
/// LibreOffice cuts off the bottom of a row marked cantSplit that is taller than a page, where
/// Word and Chromium split it, so such a row must stay splittable. Text width is counted in
/// characters that take space (Thai marks above and below take none) at the typography's average
/// advance; each paragraph is wrapped to its column with 15 % lost to Thai word breaks.
enum RowHeightEstimate {
    /// The A4 text height with the official margins: 16838 − 1418 − 1134 twips.
    static let pageTextHeight = 14_286
    /// Cell margins (top and bottom 28 each) and borders, and the left and right margins (85 each).
    static let cellVerticalExtra = 70
    static let cellHorizontalMargins = 170

    /// Twips, for the tallest cell of the row.
    static func twips(_ row: WordTable.Row, columns: [Int], type: WordTypography) -> Int {
        var column = 0
        var tallest = 0
        for cell in row.cells {
            let end = min(columns.count, column + cell.gridSpan)
            let width = columns[column..<end].reduce(0, +) - cellHorizontalMargins
            column = end
            let height = cell.paragraphs.reduce(cellVerticalExtra) { sum, paragraph in
                sum + paragraphTwips(paragraph, width: width, type: type)
            }
            tallest = max(tallest, height)
        }
        return tallest
    }

    static func paragraphTwips(_ paragraph: WordParagraph, width: Int, type: WordTypography) -> Int {
        let halfPoints = paragraph.style == "TableText" || paragraph.style == "TableHeading" ? type.table : type.body
        let points = Double(halfPoints) / 2
        let characters = paragraph.runs.flatMap(\.text.unicodeScalars)
            .filter { $0.properties.generalCategory != .nonspacingMark }.count
        let textWidth = Double(characters) * points * 20 * type.averageAdvance * 1.15
        let usable = Double(max(width - paragraph.left, 400))
        let lines = max(1, Int((textWidth / usable).rounded(.up)))
        let lineTwips = points * 20 * type.lineHeight * Double(type.lineSpacing) / 240
        return Int((Double(lines) * lineTwips).rounded(.up))
    }
}

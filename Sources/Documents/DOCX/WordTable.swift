/// One `<w:tbl>` with fixed column widths, full borders, and rows that do not split across pages.
struct WordTable {
    struct Cell {
        var paragraphs: [WordParagraph]
        var gridSpan = 1
        var verticalMerge: VerticalMerge?
        var fill: String?
        var centredVertically = false

        init(_ paragraphs: [WordParagraph]) {
            self.paragraphs = paragraphs
        }
    }

    /// Word's vMerge: the first cell restarts a merge, the cells below continue it.
    enum VerticalMerge {
        case restart, `continue`
    }

    struct Row {
        var cells: [Cell]
        /// Repeated at the top of every page the table runs to (only leading rows can be).
        var isHeader = false
        /// Kept on the same page as the next row (Word keeps rows together through keepNext).
        var keepWithNext = false
    }

    /// Column widths in twips.
    var columns: [Int]
    var rows: [Row]

    func xml(_ type: WordTypography) -> String {
        let width = columns.reduce(0, +)
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        var lines = [
            "<w:tbl>",
            // CT_TblPr order: tblW, tblBorders, tblLayout, tblCellMar (top, left, bottom, right).
            "<w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>"
                + "<w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
                + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/>"
                + "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
                + "</w:tblPr>",
            "<w:tblGrid>" + columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>",
        ]
        // A row is kept whole unless even a page of its own could not hold it (see RowHeightEstimate).
        let headerHeight = rows.filter(\.isHeader).reduce(0) { $0 + RowHeightEstimate.twips($1, columns: columns, type: type) }
        let roomForARow = RowHeightEstimate.pageTextHeight - headerHeight
        for row in rows {
            let fitsOnAPage = row.isHeader || RowHeightEstimate.twips(row, columns: columns, type: type) < roomForARow
            // CT_TrPr order: cantSplit before tblHeader.
            lines.append(
                "<w:tr><w:trPr>" + (fitsOnAPage ? "<w:cantSplit/>" : "") + (row.isHeader ? "<w:tblHeader/>" : "")
                    + "</w:trPr>")
            var column = 0
            for cell in row.cells {
                let cellWidth = columns[column..<min(columns.count, column + cell.gridSpan)].reduce(0, +)
                column += cell.gridSpan
                lines.append(cellXML(cell, width: cellWidth, keepWithNext: row.keepWithNext, type: type))
            }
            lines.append("</w:tr>")
        }
        lines.append("</w:tbl>")
        return lines.joined(separator: "\n")
    }

    /// CT_TcPr order: tcW, gridSpan, vMerge, shd, vAlign. A cell must hold at least one paragraph.
    func cellXML(_ cell: Cell, width: Int, keepWithNext: Bool, type: WordTypography) -> String {
        var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if cell.gridSpan > 1 { properties += "<w:gridSpan w:val=\"\(cell.gridSpan)\"/>" }
        switch cell.verticalMerge {
        case .restart: properties += "<w:vMerge w:val=\"restart\"/>"
        case .continue: properties += "<w:vMerge/>"
        case nil: break
        }
        if let fill = cell.fill { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
        if cell.centredVertically { properties += "<w:vAlign w:val=\"center\"/>" }
        var paragraphs = cell.paragraphs.isEmpty ? [WordParagraph([], style: "TableText")] : cell.paragraphs
        if keepWithNext {
            for index in paragraphs.indices { paragraphs[index].keepNext = true }
        }
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>" + paragraphs.map { $0.xml(type) }.joined() + "</w:tc>"
    }
}

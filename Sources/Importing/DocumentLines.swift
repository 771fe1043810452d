import Foundation

/// One line of the source, numbered from 1 as an editor shows it.
struct SourceLine: Hashable, Sendable {
    let number: Int
    let text: String

    /// Tab-separated cells, as PDF extraction writes table rows.
    var cells: [String] { text.components(separatedBy: "\t") }
    var isTableRow: Bool { text.contains("\t") }
    var isBlank: Bool { ThaiSpacing.collapsed(text).isEmpty }
}

/// Consecutive non-blank lines: a paragraph that the PDF broke into lines.
struct Paragraph: Hashable, Sendable {
    let lines: [SourceLine]

    var firstLine: Int { lines.first?.number ?? 0 }

    /// The lines joined back: without a space where a Thai word was broken across lines,
    /// with one where either side is not Thai (digits, Latin, punctuation).
    var raw: String {
        var output = ""
        for line in lines {
            let piece = line.text.trimmingCharacters(in: .whitespaces)
            guard !piece.isEmpty else { continue }
            if let last = output.unicodeScalars.last, let first = piece.unicodeScalars.first {
                let glue = ThaiSpacing.isThaiLetter(last) && ThaiSpacing.isThaiLetter(first)
                if !glue { output += " " }
            }
            output += piece
        }
        return output
    }

    /// The line on which `fragment` is printed, or the paragraph's first line.
    func line(containing fragment: String) -> Int {
        lines.first { $0.text.contains(fragment) }?.number ?? firstLine
    }
}

/// The source split into numbered lines, with line endings and a byte-order mark dealt with.
struct DocumentLines: Sendable {
    let lines: [SourceLine]

    init(text: String) {
        var body = text
        if body.unicodeScalars.first == "\u{FEFF}" { body = String(body.unicodeScalars.dropFirst()) }
        let unified = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        lines = unified.components(separatedBy: "\n").enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
    }

    var count: Int { lines.count }

    /// Paragraphs of the lines in `range` (indices into `lines`), split at blank lines and table rows.
    func paragraphs(in range: Range<Int>) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current: [SourceLine] = []
        for line in lines[clamped(range)] {
            if line.isBlank || line.isTableRow {
                if !current.isEmpty { paragraphs.append(Paragraph(lines: current)) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(Paragraph(lines: current)) }
        return paragraphs
    }

    /// Table rows in `range`.
    func tableRows(in range: Range<Int>) -> [SourceLine] {
        lines[clamped(range)].filter(\.isTableRow)
    }

    func clamped(_ range: Range<Int>) -> Range<Int> {
        range.clamped(to: 0..<lines.count)
    }
}

import Foundation
import Planning

/// What the title block and the first section's opening sentence say: who, which years, which level.
struct DocumentHeader: Sendable {
    var agency: Agency?
    var agencyLine: Int?
    /// The year the measures are for (ประจำปีงบประมาณ พ.ศ. 2566), and its line.
    var planYear: (year: Int, line: Int)?
    /// The year whose ITA result is reported (ผลการประเมิน ITA … ปีงบประมาณ พ.ศ. 2565), and its line.
    var assessedYear: (year: Int, line: Int)?
    /// "อยู่ในระดับ C"
    var level: (text: String, line: Int)?
    /// "พบว่ามีผลคะแนน 73.35 คะแนน"
    var total: (value: Decimal, line: Int)?

    /// Whether anything at all was recognised.
    var isEmpty: Bool { agency == nil && planYear == nil && assessedYear == nil && level == nil && total == nil }
}

/// Reads the agency, the years, the level and the total from the lines before the tables.
enum DocumentHeaderParser {
    /// Kinds of agency as documents spell them, with the abbreviations they also use.
    static let agencyKinds: [(spelling: String, kind: String)] = [
        ("องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนตำบล"),
        ("องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนจังหวัด"),
        ("เทศบาลตำบล", "เทศบาลตำบล"), ("เทศบาลเมือง", "เทศบาลเมือง"), ("เทศบาลนคร", "เทศบาลนคร"),
        ("อบต.", "องค์การบริหารส่วนตำบล"), ("อบจ.", "องค์การบริหารส่วนจังหวัด"),
        ("ทต.", "เทศบาลตำบล"), ("ทม.", "เทศบาลเมือง"), ("ทน.", "เทศบาลนคร"),
    ]

    static let thaiWord = #"([\x{0E01}-\x{0E2E}\x{0E30}-\x{0E3A}\x{0E40}-\x{0E4E}]+)"#
    static let fiscalYear = TextPattern(#"ปีงบประมาณ\s*(?:พ\s*\.\s*ศ\s*\.?)?\s*([0-9๐-๙]{4})"#)
    static let district = TextPattern(#"(?:อำเภอ|อ\.)\s*"# + thaiWord)
    static let province = TextPattern(#"(?:จังหวัด|จ\.)\s*"# + thaiWord)
    static let level = TextPattern(#"ระดับ\s*([A-F]{1,2})(?![A-Za-z])"#)
    static let total = TextPattern(#"(?:ผล)?คะแนน\s*(?:รวม\s*)?([0-9๐-๙]{1,3}[.][0-9๐-๙]{1,2})\s*คะแนน"#)

    static func parse(_ document: DocumentLines, sections: DocumentSections) -> DocumentHeader {
        var header = DocumentHeader()
        let prose = { (range: Range<Int>) in document.lines[document.clamped(range)].filter { !$0.isTableRow } }
        let titleLines = prose(sections.title)
        let firstSection = prose(sections.results)
        let everything = prose(0..<document.count)

        if let found = firstYear(in: titleLines) ?? firstYear(in: prose(sections.measures)) {
            header.planYear = found
        }
        if let found = firstYear(in: firstSection) ?? firstYear(in: prose(sections.analysis)) {
            header.assessedYear = found
        }
        if let (agency, line) = agency(in: titleLines, fallback: everything) {
            header.agency = agency
            header.agencyLine = line
        }
        for line in firstSection {
            let text = CellText.clean(line.text)
            if header.level == nil, let match = level.firstMatch(in: text), let value = match.group(0) {
                header.level = (value, line.number)
            }
            if header.total == nil, let match = total.firstMatch(in: text),
                let value = match.group(0).flatMap(PlainDecimal.parse)
            {
                header.total = (value, line.number)
            }
        }
        return header
    }

    static func firstYear(in lines: [SourceLine]) -> (year: Int, line: Int)? {
        for line in lines {
            if let match = fiscalYear.firstMatch(in: line.text), let year = match.group(0).flatMap(PlainDecimal.parseInt),
                (2500...2700).contains(year)
            {
                return (year, line.number)
            }
        }
        return nil
    }

    /// The first line naming a kind of agency; district and province from that line or the next lines.
    static func agency(in lines: [SourceLine], fallback: [SourceLine]) -> (Agency, Int)? {
        for pool in [lines, fallback] {
            for (index, line) in pool.enumerated() {
                let text = CellText.clean(line.text)
                guard let (kind, name) = kindAndName(in: text) else { continue }
                let nearby = pool[index..<min(index + 3, pool.count)].map { CellText.clean($0.text) }
                let district = nearby.lazy.compactMap { Self.district.firstMatch(in: $0)?.group(0) }.first ?? ""
                let province = nearby.lazy.compactMap { Self.province.firstMatch(in: $0)?.group(0) }.first ?? ""
                return (Agency(kind: kind, name: name, district: district, province: province), line.number)
            }
        }
        return nil
    }

    static let kindPatterns = agencyKinds.map { spelling, kind in
        (TextPattern(NSRegularExpression.escapedPattern(for: spelling) + #"\s*"# + thaiWord), kind)
    }

    static func kindAndName(in text: String) -> (kind: String, name: String)? {
        for (pattern, kind) in kindPatterns {
            if let name = pattern.firstMatch(in: text)?.group(0) { return (kind, name) }
        }
        return nil
    }
}

import Planning
import ThaiText

/// Reads section 3: one row per measure with its steps, divisions, period and monitoring.
struct MeasuresTableParser {
    let planYear: Int
    let divisions: DivisionNameRepairer
    let repairer: SlipRepairer

    static let numbering = TextPattern(#"^\s*[0-9๐-๙]{1,2}\s*[.)]\s*"#)

    /// Column positions, from the header row when there is one.
    struct Columns {
        var title = 0, steps = 1, divisions = 2, period = 3, monitoring = 4

        init() {}

        init(header: [String]) {
            for (index, raw) in header.enumerated() {
                let cell = CellText.clean(raw)
                if cell.contains("มาตรการ") || cell.contains("แนวทาง") { title = index }
                else if cell.contains("วิธี") { steps = index }
                else if cell.contains("ผู้รับผิดชอบ") { divisions = index }
                else if cell.contains("ระยะเวลา") { period = index }
                else if cell.contains("ติดตาม") || cell.contains("ประเมินผล") { monitoring = index }
            }
        }

        static func isHeader(_ cells: [String]) -> Bool {
            let clean = cells.map(CellText.clean)
            return clean.contains { $0.hasPrefix("มาตรการ") } && clean.contains { $0.contains("วิธี") }
        }
    }

    func parse(_ rows: [SourceLine], warnings: inout [ImportWarning]) -> [Measure] {
        var measures: [Measure] = []
        var columns = Columns()
        for row in rows {
            let cells = row.cells
            if Columns.isHeader(cells) {
                columns = Columns(header: cells)
                continue
            }
            let field = "measures[\(measures.count)]"
            let rawTitle = cells[safe: columns.title] ?? ""
            guard !CellText.clean(rawTitle).isEmpty else {
                warnings.append(ImportWarning(
                    line: row.number, field: field,
                    messageTH: "แถวในตารางมาตรการไม่มีชื่อมาตรการ จึงข้ามแถวนี้",
                    messageEN: "a measures-table row has no title; row skipped"))
                continue
            }
            if cells.count < 5 {
                warnings.append(ImportWarning(
                    line: row.number, field: field,
                    messageTH: "แถวมาตรการมี \(cells.count) ช่อง จากที่ควรมี 5 ช่อง",
                    messageEN: "the measure row has \(cells.count) cells instead of 5"))
            }
            measures.append(measure(cells: cells, columns: columns, row: row, field: field, warnings: &warnings))
        }
        return measures
    }

    private func measure(
        cells: [String], columns: Columns, row: SourceLine, field: String, warnings: inout [ImportWarning]
    ) -> Measure {
        func finish(_ text: String, _ path: String) -> String {
            repairer.repair(text, field: "\(field).\(path)", lines: [row], warnings: &warnings)
        }
        let title = finish(phrase(Self.numbering.replacingMatches(in: cells[safe: columns.title] ?? "", with: ""),
                                  field: field + ".title", line: row.number, warnings: &warnings), "title")
        let steps = steps(in: cells[safe: columns.steps] ?? "").map { finish($0, "steps") }
        if steps.isEmpty {
            warnings.append(ImportWarning(
                line: row.number, field: field + ".steps", messageTH: "ไม่มีวิธีดำเนินการ", messageEN: "no steps"))
        }
        let outcome = divisions.divisions(in: cells[safe: columns.divisions] ?? "")
        for repair in outcome.repairs {
            warnings.append(ImportWarning(
                line: row.number, field: field + ".divisions",
                messageTH: "แก้ \"\(repair.printed)\" เป็น \"\(repair.repaired)\": \(repair.reasonTH)",
                messageEN: "repaired \"\(repair.printed)\" to \"\(repair.repaired)\": \(repair.reasonEN)"))
        }
        if outcome.names.isEmpty {
            warnings.append(ImportWarning(
                line: row.number, field: field + ".divisions", messageTH: "ไม่มีผู้รับผิดชอบ",
                messageEN: "no responsible division"))
        }
        let monitoring = finish(
            phrase(cells[safe: columns.monitoring] ?? "", field: field + ".monitoring", line: row.number, warnings: &warnings),
            "monitoring")
        return Measure(
            title: title, steps: steps, divisions: outcome.names.map { finish($0, "divisions") },
            period: period(cells[safe: columns.period] ?? "", field: field + ".period", line: row.number, warnings: &warnings),
            monitoring: monitoring)
    }

    /// "1. … 2. …" or `<p>` paragraphs, numbering stripped.
    private func steps(in raw: String) -> [String] {
        let split = NumberedList.split(raw, marker: .dot)
        guard !split.items.isEmpty else { return CellText.blocks(raw) }
        return ([split.preamble] + split.items).map(CellText.clean).filter { !$0.isEmpty }
    }

    /// A one-phrase cell with its line-wrap spaces taken out (see `ThaiSpacing.removeWrapSpaces`).
    private func phrase(_ raw: String, field: String, line: Int, warnings: inout [ImportWarning]) -> String {
        let clean = CellText.clean(raw)
        let tidy = ThaiSpacing.removeWrapSpaces(clean)
        if tidy != clean {
            warnings.append(ImportWarning(
                line: line, field: field,
                messageTH: "ตัดช่องว่างจากการตัดบรรทัดใน \"\(clean)\" เป็น \"\(tidy)\"",
                messageEN: "removed line-wrap spaces: \"\(clean)\" → \"\(tidy)\""))
        }
        return tidy
    }

    private func period(_ raw: String, field: String, line: Int, warnings: inout [ImportWarning]) -> MonthPeriod {
        let text = CellText.clean(raw)
        let wholeYear = FiscalYear(planYear).period
        if let period = MonthPeriodParser.parse(text) {
            if period.isValid { return period }
            warnings.append(ImportWarning(
                line: line, field: field,
                messageTH: "ระยะเวลา \"\(text)\" เริ่มหลังจากสิ้นสุด จึงใช้ทั้งปีงบประมาณ \(planYear)",
                messageEN: "the period \"\(text)\" ends before it starts; used the whole fiscal year \(planYear)"))
            return wholeYear
        }
        if let month = MonthPeriodParser.singleMonth(text) {
            warnings.append(ImportWarning(
                line: line, field: field, messageTH: "ระยะเวลา \"\(text)\" ระบุเดือนเดียว",
                messageEN: "the period \"\(text)\" names a single month"))
            return MonthPeriod(start: month, end: month)
        }
        warnings.append(ImportWarning(
            line: line, field: field,
            messageTH: "อ่านระยะเวลา \"\(text)\" ไม่ได้ จึงใช้ทั้งปีงบประมาณ \(planYear) (\(wholeYear.thaiAbbreviated))",
            messageEN: "cannot read the period \"\(text)\"; used the whole fiscal year \(planYear) (\(wholeYear.english))"))
        return wholeYear
    }
}

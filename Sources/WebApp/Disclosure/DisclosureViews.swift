import Criteria
import Disclosure
import Foundation
import Scoring
import ThaiText

/// Pieces the disclosure pages share.
enum DisclosureViews {
    static func status(_ status: DisclosureStatus, t: Language) -> HTML {
        let style = switch status {
        case .ready: "completed"
        case .flagged: "blocked"
        case .empty: "notStarted"
        }
        return "<span class=\"status \(style)\">\(t(status.nameTH, status.nameEN))</span>"
    }

    /// Each flag in the reader's language; nothing when there are none. Beside the item's own name
    /// (a row, the item's page) the flag's "ข้อ O2 ข้อมูลผู้บริหาร:" would only repeat it, so it is cut.
    static func flags(_ flags: [DisclosureFlag], item: Item? = nil, t: Language) -> HTML {
        guard !flags.isEmpty else { return .empty }
        let items = flags.map { flag -> HTML in
            var text = t(flag.messageTH, flag.messageEN)
            if let item {
                let prefixes = ["ข้อ \(item.code) \(item.textTH): ", "\(item.code) \(item.textEN ?? item.textTH): ", "\(item.code): "]
                if let prefix = prefixes.first(where: text.hasPrefix) { text = String(text.dropFirst(prefix.count)) }
            }
            return "<li>\(text)</li>"
        }
        return "<ul class=\"warnings\">\(items)</ul>"
    }

    /// What the data behind an automatic item lacks, and where to add it.
    static func gaps(_ source: AutomaticItemSource?, t: Language) -> HTML {
        guard let source, !source.gaps.isEmpty else { return .empty }
        let items = source.gaps.map { gap -> HTML in "<li>\(t(gap.th, gap.en))</li>" }
        return "<p class=\"hint\">\(t("แก้ที่ต้นทาง:", "Fix at the source:"))</p><ul class=\"warnings\">\(items)</ul>"
    }

    static func predictionCards(_ prediction: DisclosurePrediction?, t: Language) -> HTML {
        guard let prediction else { return .empty }
        let indicators = prediction.oit.indicators.keys.sorted().map { number -> HTML in
            let value = prediction.indicator(number).map { Rounding.format($0) } ?? "–"
            return "<div class=\"card\"><span class=\"label\">\(t("คาดการณ์ตัวชี้วัดที่", "Predicted indicator")) \(number)</span><span class=\"value\">\(value)</span></div>"
        }
        return HTML.join(indicators)
    }

    /// Sub-indicators, indicators, the OIT part, total and level, as a table.
    static func predictionTable(_ prediction: DisclosurePrediction?, criteria: Criteria, t: Language) -> HTML {
        guard let prediction else {
            return "<p class=\"notice warning\">\(t("คำนวณคะแนนคาดการณ์ไม่ได้", "The score could not be predicted."))</p>"
        }
        let subs = prediction.oit.subIndicators.map { sub -> HTML in
            "<tr><th scope=\"row\">\(sub.code)</th><td class=\"number\">\(sub.accepted)/\(sub.itemCount)</td><td class=\"number\">\(Rounding.format(sub.share.rounded()))</td></tr>"
        }
        let indicators = prediction.oit.indicators.keys.sorted().map { number -> HTML in
            "<tr><th scope=\"row\">\(t("ตัวชี้วัดที่", "Indicator")) \(number)</th><td></td><td class=\"number\">\(Rounding.format(prediction.indicator(number) ?? 0))</td></tr>"
        }
        var total: HTML = "<p class=\"muted\">\(t("ยังไม่มีผล IIT/EIT ให้คำนวณคะแนนรวม", "No IIT/EIT result to compute the total with."))</p>"
        if let card = prediction.scoreCard, let oit = card.instrument(.oit) {
            let year = prediction.surveyYear.map { " \(t("ปี", "of")) \($0)" } ?? ""
            total = """
                <table class="data facts"><caption>\(t("คะแนนรวมคาดการณ์ (ใช้ผล IIT/EIT", "Predicted total (with the IIT/EIT result"))\(year))</caption>
                <tbody><tr><th scope="row">\(t("คะแนน OIT ถ่วงน้ำหนัก", "OIT weighted part"))</th><td class="number">\(Rounding.format(oit.weighted))</td></tr>
                <tr><th scope="row">\(t("คะแนนรวม", "Total"))</th><td class="number">\(Rounding.format(card.total))</td></tr>
                \(outcome(card, criteria: criteria, t: t))
                </tbody></table>
                """
        }
        return """
            <table class="data"><caption>\(t("คะแนนคาดการณ์รายตัวชี้วัดย่อย", "Predicted sub-indicators"))</caption>
            <thead><tr><th scope="col">\(t("ตัวชี้วัด", "Indicator"))</th><th scope="col" class="number">\(t("ผ่าน/ทั้งหมด", "Passed/all"))</th>
            <th scope="col" class="number">\(t("คะแนน", "Score"))</th></tr></thead>
            <tbody>\(subs)\(indicators)</tbody></table>
            \(total)
            """
    }

    /// The rating from 2567, the level where the year publishes letters; else pass or fail against the pass mark.
    static func outcome(_ card: ScoreCard, criteria: Criteria, t: Language) -> HTML {
        let mark = Rounding.format(card.passMark)
        let verdict = card.passed ? t("ผ่าน", "pass") : t("ไม่ผ่าน", "fail")
        let passRow: HTML = "<tr><th scope=\"row\">\(t("ผลตามเกณฑ์ผ่าน \(mark) คะแนน", "Against the pass mark of \(mark)"))</th><td>\(verdict)</td></tr>"
        if let rating = card.rating {
            let reason: HTML = rating.reason.map { " (\(t("ยังไม่ถึงระดับ\($0.level.labelTH) เพราะ \($0.conditionsTH)", "not \($0.level.labelEN): \($0.conditionsEN)")))" } ?? .empty
            return "<tr><th scope=\"row\">\(t("ผลการประเมิน", "Rating"))</th><td id=\"predicted-rating\">\(t(rating.level.labelTH, rating.level.labelEN))\(reason)</td></tr>"
        }
        guard criteria.presentation.mode == .letterLevels, let level = card.level else { return passRow }
        return "<tr><th scope=\"row\">\(t("ระดับ", "Level"))</th><td>\(level)</td></tr>" + passRow
    }

    static func yearLinks(_ scope: DisclosureScope, planYears: [Int], t: Language) -> HTML {
        let years = Array(Set(planYears + [scope.year])).sorted()
        guard years.count > 1 else { return .empty }
        let links = years.map { year -> HTML in
            year == scope.year ? "<strong>\(year)</strong>" : "<a href=\"\(scope.base)?year=\(year)\">\(year)</a>"
        }
        return "<p>\(t("ปีงบประมาณ", "Fiscal year")): \(HTML.join(links, separator: " · "))</p>"
    }

    static func submissions(_ submissions: [DisclosureSubmission], scope: DisclosureScope, t: Language) -> HTML {
        let rows = submissions.map { submission -> HTML in
            let base = "\(scope.base)/submissions/\(submission.id)"
            let published = submission.sheet.rows.filter(\.published).count
            return """
                <tr><td>\(ThaiTime.format(submission.submittedAt))</td><td>\(submission.submittedBy)</td>
                <td class="number">\(published)/\(submission.sheet.rows.count)</td><td><code>\(submission.sha256.prefix(16))…</code></td>
                <td class="nowrap"><a href="\(base)?format=html">\(t("ดู", "View"))</a> · <a href="\(base)?format=csv">CSV</a> · <a href="\(base)?format=xlsx">Excel</a></td></tr>
                """
        }
        let none: HTML = "<tr><td colspan=\"5\" class=\"muted\">\(t("ยังไม่มีแบบตอบที่บันทึกว่าส่งแล้ว", "No answer sheet frozen yet."))</td></tr>"
        return """
            <h2>\(t("แบบตอบที่ส่งแล้ว", "Submitted answer sheets"))</h2>
            <table class="data"><thead><tr><th scope="col">\(t("เวลา", "Time"))</th><th scope="col">\(t("ผู้บันทึก", "By"))</th>
            <th scope="col" class="number">\(t("ข้อที่มีข้อมูล", "Items published"))</th><th scope="col">SHA-256</th><th scope="col">\(t("ไฟล์", "Files"))</th></tr></thead>
            <tbody>\(submissions.isEmpty ? [none] : rows)</tbody></table>
            """
    }

    static func watchLog(_ entries: [WatchLogEntry], scope: DisclosureScope, settings: DisclosureSettings, t: Language) -> HTML {
        let window: String = if let start = settings.reviewStart, let end = settings.reviewEnd {
            t("ช่วงตรวจประเมิน \(start.thaiAbbreviated) – \(end.thaiAbbreviated)", "Review window \(start.iso8601) – \(end.iso8601)")
        } else {
            t("ยังไม่ได้ระบุช่วงตรวจประเมิน", "No review window set")
        }
        let rows = entries.map { entry -> HTML in
            """
            <tr><td>\(ThaiTime.format(entry.checkedAt))</td><td class="url">\(entry.url)</td>
            <td>\(entry.status.map(String.init) ?? "–")</td><td>\(entry.ok ? t("เปิดได้", "up") : t("เปิดไม่ได้", "down")) \(entry.detail)</td></tr>
            """
        }
        let none: HTML = "<tr><td colspan=\"4\" class=\"muted\">\(t("ยังไม่มีบันทึก", "Nothing recorded yet."))</td></tr>"
        return """
            <h2>\(t("บันทึกการเฝ้าดูหน้าเว็บ", "Watch log"))</h2>
            <p>\(window) · <a href="\(scope.base)/watch.csv\(scope.yearQuery)">\(t("ดาวน์โหลดบันทึก CSV", "Download the log as CSV"))</a></p>
            <table class="data"><thead><tr><th scope="col">\(t("เวลา", "Time"))</th><th scope="col">URL</th>
            <th scope="col">HTTP</th><th scope="col">\(t("ผล", "Result"))</th></tr></thead>
            <tbody>\(entries.isEmpty ? [none] : rows)</tbody></table>
            """
    }
}

/// Times as Thai readers expect them: the Thai day and the time in Thailand.
enum ThaiTime {
    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let minute = parts.minute ?? 0
        return "\(ThaiDate(date).thaiAbbreviated) \(parts.hour ?? 0).\(minute < 10 ? "0" : "")\(minute) น."
    }
}

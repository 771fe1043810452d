import Foundation
import Planning
import ThaiText
import Workbench

/// The measure form's fields, read into a `Measure` as typed. Checking comes after, in
/// `MeasureEdit.validated`, so a refused form can be shown again with what was typed.
enum MeasureForm {
    /// The months of a fiscal year in its own order, ต.ค. to ก.ย.
    static let fiscalMonths: [ThaiMonth] = [
        .october, .november, .december, .january, .february, .march, .april, .may, .june, .july, .august, .september,
    ]

    /// `base` gives what the form does not edit (the indicators and items a measure answers).
    static func measure(from form: FormData, base: Measure?) throws -> Measure {
        let steps = (form.all("steps").first ?? "").components(separatedBy: .newlines)
        let others = (form["divisions-other"] ?? "").split(separator: ",").map(String.init)
        var divisions: [String] = []
        for name in form.all("divisions") + others {
            let name = name.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !divisions.contains(where: { DivisionMatch.same($0, name) }) { divisions.append(name) }
        }
        return Measure(
            title: form["title"] ?? "", steps: steps, divisions: divisions,
            period: MonthPeriod(start: try month(form, "period.start"), end: try month(form, "period.end")),
            monitoring: form["monitoring"] ?? "", indicators: base?.indicators ?? [], itemCodes: base?.itemCodes ?? [])
    }

    /// A month from its two selects, `<name>.month` and `<name>.year` (พ.ศ.).
    private static func month(_ form: FormData, _ name: String) throws -> YearMonth {
        guard let monthText = form["\(name).month"], let number = Int(monthText), let month = ThaiMonth(rawValue: number),
              let yearText = form["\(name).year"], let year = Int(yearText), (2400...2800).contains(year)
        else {
            throw WebError.badInput(name, th: "กรุณาเลือกเดือนและปี พ.ศ. ของระยะเวลาดำเนินการ", en: "choose the month and the year (B.E.) of the period")
        }
        return YearMonth(year: year, month: month)
    }

    /// The two selects of one month; `years` are the พ.ศ. years offered.
    static func monthSelects(_ name: String, label: String, value: YearMonth, years: [Int], language t: Language) -> HTML {
        let months = fiscalMonths.map { month -> HTML in
            let selected: HTML = month == value.month ? " selected" : ""
            return "<option value=\"\(month.rawValue)\"\(selected)>\(t(month.abbreviation, month.englishAbbreviation))</option>"
        }
        let yearOptions = years.map { year -> HTML in
            let selected: HTML = year == value.year ? " selected" : ""
            return "<option value=\"\(year)\"\(selected)>\(year)</option>"
        }
        return """
            <div class="month-select"><span class="label">\(label)</span>
            <label for="\(name).month" class="visually-hidden">\(label) — \(t("เดือน", "month"))</label>
            <select id="\(name).month" name="\(name).month">\(months)</select>
            <label for="\(name).year" class="visually-hidden">\(label) — \(t("ปี พ.ศ.", "year (B.E.)"))</label>
            <select id="\(name).year" name="\(name).year">\(yearOptions)</select></div>
            """
    }

    /// The พ.ศ. years the selects offer: those of the allowed range, plus any the measure already has.
    static func years(planYear: Int, period: MonthPeriod) -> [Int] {
        let allowed = MeasureEdit.allowedMonths(planYear: planYear)
        return Set(Array(allowed.lowerBound.year...allowed.upperBound.year) + [period.start.year, period.end.year]).sorted()
    }
}

import Foundation

/// Starting a year's criteria from an earlier year's, for the years the NACC has not published
/// yet: the same items, weights and rating scale, moved to the new year and marked as assumed.
public enum CriteriaDerivation {
    /// The criteria of `year` as a copy of `source`: titles and calendar moved by the years between,
    /// `assumedFrom` set, and every verified fact downgraded to single-source, because it has not
    /// been read for the new year.
    public static func newYear(_ year: Int, from source: Criteria) -> Criteria {
        var criteria = source
        let shift = year - source.fiscalYear
        criteria.fiscalYear = year
        criteria.assumedFrom = source.fiscalYear
        criteria.titleTH = source.titleTH.replacingOccurrences(of: String(source.fiscalYear), with: String(year))
        criteria.statusNote = "FY\(year) criteria assumed equal to FY\(source.fiscalYear) until the NACC manual for \(year) is read; every fact is carried from \(source.fiscalYear)."
        criteria.openQuestions = ["Everything for \(year): items, components, timing, sub-indicators, weights, rating scale and calendar are carried from \(source.fiscalYear)."]
            + source.openQuestions
        let note = "assumed from \(source.fiscalYear)"
        criteria.instruments = source.instruments.map { var copy = $0; copy.provenance = carried($0.provenance, note); return copy }
        criteria.indicators = source.indicators.map { indicator in
            var copy = indicator
            copy.provenance = carried(indicator.provenance, note)
            copy.subIndicators = indicator.subIndicators.map { var sub = $0; sub.provenance = carried($0.provenance, note); return sub }
            return copy
        }
        criteria.items = source.items.map { item in
            var copy = item
            copy.provenance = carried(item.provenance, note)
            copy.components = item.components.map { var component = $0; component.provenance = $0.provenance.map { carried($0, note) }; return component }
            return copy
        }
        criteria.answerScales = source.answerScales.map { var copy = $0; copy.provenance = carried($0.provenance, note); return copy }
        criteria.levelsProvenance = carried(source.levelsProvenance, note)
        criteria.presentation.provenance = carried(source.presentation.provenance, note)
        criteria.presentation.ratings = source.presentation.ratings?.map { var copy = $0; copy.provenance = carried($0.provenance, note); return copy }
        criteria.calendar = source.calendar.map { step in
            var copy = step
            copy.start = shifted(step.start, years: shift)
            copy.end = shifted(step.end, years: shift)
            copy.provenance = Provenance(status: .recalled, sources: step.provenance.sources, note: "dates of \(source.fiscalYear) moved by \(shift) year(s); not published")
            return copy
        }
        return criteria
    }

    /// A verified or derived fact becomes single-source ("R") for a year it was not read for; an
    /// open fact stays open.
    static func carried(_ provenance: Provenance, _ note: String) -> Provenance {
        var copy = provenance
        if copy.status == .verified || copy.status == .derived { copy.status = .recalled }
        copy.note = [note, provenance.note].compactMap { $0 }.joined(separator: "; ")
        return copy
    }

    /// "2026-02-28" moved by whole years; 29 February becomes the 28th in a year without it.
    static func shifted(_ iso: String, years: Int) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let day = Int(parts[2]) else { return iso }
        let newYear = year + years
        let leap = (newYear % 4 == 0 && newYear % 100 != 0) || newYear % 400 == 0
        let newDay = parts[1] == "02" && day == 29 && !leap ? 28 : day
        return String(format: "%04d-%@-%02d", newYear, String(parts[1]), newDay)
    }

    /// The file text of criteria, as the bundled files and the administrator's downloads are written.
    public static func json(_ criteria: Criteria) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(criteria)
    }
}

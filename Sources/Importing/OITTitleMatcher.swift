import Criteria
import ThaiText

/// Finds the OIT item a weakness is about from the item title it quotes
/// ("การเปิดเผยข้อมูล /ข้อมูลผู้บริหาร พบว่า…" → O2).
///
/// The document and the criteria file word titles slightly differently (spacing, a phrase added or
/// dropped: "การประเมินความเสี่ยงการทุจริตประจำปี" is O36 "…การทุจริตและประพฤติมิชอบประจำปี"), so
/// titles are scored by `TextSimilarity.tiling` and the best one above `minimumSimilarity` wins. An
/// exact title scores 1, so "การดำเนินการตามมาตรการส่งเสริม…" is O43, not O42 inside it; on a tie
/// the longer title wins.
struct OITTitleMatcher {
    /// Each OIT item with its indicator and its title in comparable form.
    let titles: [(code: String, indicator: Int, title: String)]

    init(criteria: Criteria) {
        titles = criteria.items
            .filter { criteria.indicator($0.indicator)?.instrument == .oit }
            .map { ($0.code, $0.indicator, Self.comparable($0.textTH)) }
    }

    /// Below this a title is not taken as the one quoted. Unrelated titles of the same indicator that
    /// share a stock phrase ("รายงานผล…ประจำปี") score about 0.6.
    static let minimumSimilarity = 0.7

    /// The part of a weakness that names the item: after the first "/", before "พบว่า".
    static func quotedTitle(in text: String) -> String {
        var title = text
        if let slash = title.firstIndex(of: "/") { title = String(title[title.index(after: slash)...]) }
        if let range = title.range(of: "พบว่า") { title = String(title[..<range.lowerBound]) }
        return ThaiSpacing.collapsed(title)
    }

    /// The item code, or nil when no item title is close enough.
    func itemCode(forWeakness text: String, indicator: Int?) -> String? {
        let quoted = Self.comparable(Self.quotedTitle(in: text))
        guard !quoted.isEmpty else { return nil }
        var best: (code: String, similarity: Double, length: Int)?
        for (code, itemIndicator, title) in titles where indicator == nil || itemIndicator == indicator {
            // Bigrams first: cheap, and a title sharing under 40% of them cannot tile to 0.7.
            guard TextSimilarity.bigramDice(title, quoted) >= 0.4 else { continue }
            let similarity = TextSimilarity.tiling(title, quoted)
            let length = title.unicodeScalars.count
            guard similarity >= Self.minimumSimilarity else { continue }
            if let current = best, similarity < current.similarity || (similarity == current.similarity && length <= current.length) {
                continue
            }
            best = (code, similarity, length)
        }
        return best?.code
    }

    static func comparable(_ text: String) -> String {
        ThaiSpacing.unspaced(ThaiNormalizer.arabicDigits(ThaiNormalizer.normalize(text)))
    }
}

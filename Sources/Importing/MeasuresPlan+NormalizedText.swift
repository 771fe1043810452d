import Planning
import ThaiText

extension MeasuresPlan {
    /// Every string in canonical form: NFC with sara am repaired, single spaces, trimmed. The parsers
    /// already clean what they read; this pass guarantees it for text they joined together.
    func withNormalizedText() -> MeasuresPlan {
        func tidy(_ text: String) -> String { ThaiSpacing.collapsed(ThaiNormalizer.normalize(text)) }
        var plan = self
        plan.agency = Agency(
            kind: tidy(agency.kind), name: tidy(agency.name), district: tidy(agency.district), province: tidy(agency.province))
        plan.assessorSummary = assessorSummary.map(tidy)
        plan.result.level = result.level.map(tidy)
        plan.recommendations = recommendations.map { item in
            var item = item
            item.text = tidy(item.text)
            return item
        }
        plan.analysis = analysis.map { row in
            var row = row
            row.keepOrImprove = tidy(row.keepOrImprove)
            row.urgentWeaknesses = row.urgentWeaknesses.map { weakness in
                var weakness = weakness
                weakness.text = tidy(weakness.text)
                weakness.details = weakness.details.map(tidy)
                return weakness
            }
            return row
        }
        plan.measures = measures.map { measure in
            var measure = measure
            measure.title = tidy(measure.title)
            measure.steps = measure.steps.map(tidy)
            measure.divisions = measure.divisions.map(tidy)
            measure.monitoring = tidy(measure.monitoring)
            return measure
        }
        return plan
    }
}

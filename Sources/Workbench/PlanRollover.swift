import Foundation

/// เริ่มปีงบประมาณถัดไป — next year's plan, started from this year's structure.
public enum PlanRollover {
    /// Year N+1 from year N: the same analysis, recommendations and measures as a starting point;
    /// each measure under a new id with its period one year later; no progress (statuses start
    /// afresh because they are read from progress). The result stays last year's, with its
    /// assessed year, until the new result is imported; `hasCarriedResult` then turns false.
    public static func nextYear(
        from plan: StoredPlan, at date: Date, newID: () -> Identifier<MeasureRecord>
    ) -> StoredPlan {
        var year = plan.year
        year.planYear += 1
        year.updatedAt = date
        let measures = plan.measures.map { record in
            var measure = record.measure
            measure.period = measure.period.shifted(years: 1)
            return MeasureRecord(
                id: newID(), agencyID: record.agencyID, planYear: year.planYear, position: record.position,
                measure: measure, updatedAt: date)
        }
        return StoredPlan(year: year, measures: measures)
    }

    /// Whether a year still holds a result carried over from an earlier year: a plan analyses
    /// the fiscal year just before it, so any older assessed year means no new result yet.
    public static func hasCarriedResult(_ year: FiscalYearRecord) -> Bool {
        year.assessedYear < year.planYear - 1
    }
}

import ThaiText

/// One measure as a monthly meeting reviews it: what was reported in that month, and where the
/// measure stood at the month's end (รายงานผลการดำเนินการในการประชุมประจำเดือน).
public struct MonthlyProgress: Hashable, Sendable {
    public var measure: MeasureRecord
    /// Entries dated in the month, oldest first.
    public var entries: [ProgressEntry]
    /// The latest entry dated on or before the month's last day, if any.
    public var latest: ProgressEntry?

    /// Every measure of the plan, in the plan's order, reviewed for `month`.
    public static func review(plan: StoredPlan, progress: [ProgressEntry], month: YearMonth) -> [MonthlyProgress] {
        let byMeasure = Dictionary(grouping: progress, by: \.measureID)
        return plan.measures.map { measure in
            let entries = (byMeasure[measure.id] ?? []).sorted { ($0.date, $0.createdAt) < ($1.date, $1.createdAt) }
            return MonthlyProgress(
                measure: measure, entries: entries.filter { $0.date.yearMonth == month },
                latest: entries.last { $0.date.yearMonth <= month })
        }
    }
}

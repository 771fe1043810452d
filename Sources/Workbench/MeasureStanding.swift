import ThaiText

/// Where one measure stands today: its latest report, and whether it is late.
public struct MeasureStanding: Hashable, Sendable {
    public var measure: MeasureRecord
    public var entries: [ProgressEntry]
    public var status: ProgressStatus
    /// 0–100, from the latest report.
    public var percent: Int
    /// The period has ended and the measure is not completed.
    public var isOverdue: Bool
    /// The date of the latest report, if any.
    public var lastReported: ThaiDate?

    /// Standings of every measure of a plan, in the plan's order.
    public static func standings(plan: StoredPlan, progress: [ProgressEntry], today: ThaiDate) -> [MeasureStanding] {
        let byMeasure = Dictionary(grouping: progress, by: \.measureID)
        return plan.measures.map { measure in
            let entries = (byMeasure[measure.id] ?? []).sorted { ($0.date, $0.createdAt) < ($1.date, $1.createdAt) }
            let latest = entries.last
            let status = latest?.status ?? .notStarted
            return MeasureStanding(
                measure: measure, entries: entries, status: status, percent: latest?.percent ?? 0,
                isOverdue: status != .completed && measure.measure.period.end < today.yearMonth,
                lastReported: latest?.date)
        }
    }
}

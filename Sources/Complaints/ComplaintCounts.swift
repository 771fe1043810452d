import ThaiText

/// One fiscal year's complaints counted two ways, from plaintext metadata only (nothing is decrypted):
/// by month received × category, and by status × category.
public struct ComplaintCounts: Hashable, Sendable {
    public let fiscalYear: FiscalYear
    /// ต.ค. of the year before … ก.ย.
    public let months: [YearMonth]
    /// `byMonth[month][category]`, categories in `ComplaintCategory.allCases` order.
    public let byMonth: [[Int]]
    /// `byStatus[status][category]`, statuses in `ComplaintStatus.allCases` order.
    public let byStatus: [[Int]]

    public init(fiscalYear: FiscalYear, summaries: [ComplaintSummary]) {
        self.fiscalYear = fiscalYear
        months = fiscalYear.firstMonth.monthsThrough(fiscalYear.lastMonth)
        let categories = ComplaintCategory.allCases
        var byMonth = Array(repeating: Array(repeating: 0, count: categories.count), count: months.count)
        var byStatus = Array(repeating: Array(repeating: 0, count: categories.count), count: ComplaintStatus.allCases.count)
        for summary in summaries {
            guard let month = months.firstIndex(of: summary.receivedOn.yearMonth),
                  let category = categories.firstIndex(of: summary.category),
                  let status = ComplaintStatus.allCases.firstIndex(of: summary.status)
            else { continue }
            byMonth[month][category] += 1
            byStatus[status][category] += 1
        }
        self.byMonth = byMonth
        self.byStatus = byStatus
    }

    public var total: Int { byMonth.joined().reduce(0, +) }
}

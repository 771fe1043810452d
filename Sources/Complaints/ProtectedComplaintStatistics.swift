import ThaiText

/// The statistics as they may be published: cells of 1–2 shown as "<3", and every total or table that
/// would let a reader work such a cell out shown as a range or withheld.
///
/// What a reader could combine is modelled exactly: each "<3" cell is an unknown that is 1 or 2; every
/// published exact total is an equation over the cells it sums; and, because both tables count the same
/// cases, each category's column sums to the same number in both tables whether or not that number is
/// printed. A figure is published exactly only if, with it, every "<3" cell could still be either 1 or 2
/// (`SmallCellAuditor`). If the two tables together pin a cell down even without any total, the status
/// table is withheld for that year.
public struct ProtectedComplaintStatistics: Hashable, Sendable {
    public let fiscalYear: FiscalYear
    public let months: [YearMonth]
    public let categories = ComplaintCategory.allCases
    public let statuses = ComplaintStatus.allCases
    /// `monthCells[month][category]`.
    public let monthCells: [[StatisticsFigure]]
    public let monthTotals: [StatisticsFigure]
    public let categoryTotals: [StatisticsFigure]
    public let grandTotal: StatisticsFigure
    /// `statusCells[status][category]`; nil when the status table is withheld for this year.
    public let statusCells: [[StatisticsFigure]]?
    public let statusTotals: [StatisticsFigure]?

    /// Whether any figure is protected, so the page explains the signs.
    public var hasProtectedFigures: Bool {
        guard let statusCells, let statusTotals else { return true }
        var figures: [StatisticsFigure] = Array(monthCells.joined())
        figures += monthTotals
        figures += categoryTotals
        figures.append(grandTotal)
        figures += Array(statusCells.joined())
        figures += statusTotals
        return figures.contains { $0.isProtected }
    }

    public init(_ counts: ComplaintCounts) {
        fiscalYear = counts.fiscalYear
        months = counts.months
        let model = SmallCellModel(counts)
        var equations: [SmallCellAuditor.Equation] = []
        let identities = model.categoryIdentities()
        let statusShown = !SmallCellAuditor(truth: model.truth).pinsDown(identities)
        if statusShown { equations = identities }

        // Totals in the order readers need them most: the year's total first, then by category, by status, by month.
        var candidates: [SmallCellModel.Total] = [.grand]
        candidates += ComplaintCategory.allCases.indices.map { .category($0) }
        if statusShown { candidates += (0..<ComplaintStatus.allCases.count).map { .status($0) } }
        candidates += (0..<counts.months.count).map { .month($0) }
        var exact = Set<SmallCellModel.Total>()
        let auditor = SmallCellAuditor(truth: model.truth)
        for total in candidates {
            let equation = model.equation(for: total)
            if !auditor.pinsDown(equations + [equation]) {
                equations.append(equation)
                exact.insert(total)
            }
        }

        monthCells = counts.byMonth.map { row in row.map(SmallCellModel.figure) }
        monthTotals = counts.months.indices.map { model.figure(for: .month($0), exact: exact) }
        categoryTotals = ComplaintCategory.allCases.indices.map { model.figure(for: .category($0), exact: exact) }
        grandTotal = model.figure(for: .grand, exact: exact)
        statusCells = statusShown ? counts.byStatus.map { row in row.map(SmallCellModel.figure) } : nil
        statusTotals = statusShown ? ComplaintStatus.allCases.indices.map { model.figure(for: .status($0), exact: exact) } : nil
    }
}

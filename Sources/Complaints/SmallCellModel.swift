/// The two count tables as the auditor sees them: each cell of 1–2 is an unknown, every other cell a
/// known number, and each total an equation over its cells.
struct SmallCellModel {
    enum Table: Hashable { case month, status }

    /// A cell of one table.
    struct Cell: Hashable {
        var table: Table
        var row: Int
        var column: Int
    }

    enum Total: Hashable {
        case grand
        case category(Int)
        case status(Int)
        case month(Int)
    }

    let counts: ComplaintCounts
    /// The unknowns, in a fixed order, with the cell each stands for.
    let unknowns: [Cell]
    private let index: [Cell: Int]

    init(_ counts: ComplaintCounts) {
        self.counts = counts
        var unknowns: [Cell] = []
        for (row, values) in counts.byMonth.enumerated() {
            for (column, value) in values.enumerated() where Self.isSmall(value) {
                unknowns.append(Cell(table: .month, row: row, column: column))
            }
        }
        for (row, values) in counts.byStatus.enumerated() {
            for (column, value) in values.enumerated() where Self.isSmall(value) {
                unknowns.append(Cell(table: .status, row: row, column: column))
            }
        }
        self.unknowns = unknowns
        index = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
    }

    static func isSmall(_ value: Int) -> Bool { (1...2).contains(value) }

    static func figure(_ value: Int) -> StatisticsFigure { isSmall(value) ? .fewerThanThree : .exact(value) }

    /// The true value of each unknown, as 0 (it is 1) or 1 (it is 2).
    var truth: [Int] { unknowns.map { value(of: $0) - 1 } }

    func value(of cell: Cell) -> Int {
        switch cell.table {
        case .month: counts.byMonth[cell.row][cell.column]
        case .status: counts.byStatus[cell.row][cell.column]
        }
    }

    func cells(of total: Total) -> [Cell] {
        let categories = ComplaintCategory.allCases.indices
        switch total {
        case .grand:
            return counts.months.indices.flatMap { row in categories.map { Cell(table: .month, row: row, column: $0) } }
        case .category(let column):
            return counts.months.indices.map { Cell(table: .month, row: $0, column: column) }
        case .status(let row):
            return categories.map { Cell(table: .status, row: row, column: $0) }
        case .month(let row):
            return categories.map { Cell(table: .month, row: row, column: $0) }
        }
    }

    /// Σ cells = the total's true value, with known cells moved to the right-hand side and each unknown
    /// written as 1 + b.
    func equation(for total: Total) -> SmallCellAuditor.Equation {
        let cells = cells(of: total)
        return equation(plus: cells, minus: [], equals: cells.map(value(of:)).reduce(0, +))
    }

    /// Both tables count the same cases, so a category's column has the same sum in each: true whatever is printed.
    func categoryIdentities() -> [SmallCellAuditor.Equation] {
        ComplaintCategory.allCases.indices.map { column in
            let months = counts.months.indices.map { Cell(table: .month, row: $0, column: column) }
            let statuses = ComplaintStatus.allCases.indices.map { Cell(table: .status, row: $0, column: column) }
            return equation(plus: months, minus: statuses, equals: 0)
        }
    }

    private func equation(plus: [Cell], minus: [Cell], equals total: Int) -> SmallCellAuditor.Equation {
        var coefficients: [Int: Int] = [:]
        var constant = total
        for (cells, sign) in [(plus, 1), (minus, -1)] {
            for cell in cells {
                if let variable = index[cell] {
                    coefficients[variable, default: 0] += sign
                    constant -= sign  // the 1 of 1 + b
                } else {
                    constant -= sign * value(of: cell)
                }
            }
        }
        return SmallCellAuditor.Equation(coefficients: coefficients.filter { $0.value != 0 }, constant: constant)
    }

    /// A total as published: exact when the auditor allowed it, otherwise the range its cells give.
    func figure(for total: Total, exact: Set<Total>) -> StatisticsFigure {
        let values = cells(of: total).map(value(of:))
        if exact.contains(total) { return .exact(values.reduce(0, +)) }
        let known = values.filter { !Self.isSmall($0) }.reduce(0, +)
        let small = values.filter(Self.isSmall).count
        if small == 0 { return .exact(known) }
        if known == 0, small == 1 { return .fewerThanThree }
        return .range(known + small, known + 2 * small)
    }
}

import Complaints
import Testing
import ThaiText

@Suite struct ProtectedComplaintStatisticsTests {
    static let year = FiscalYear(2567)

    static func summaries(_ rows: [(ComplaintCategory, ComplaintStatus, ThaiMonth, Int)]) -> [ComplaintSummary] {
        rows.flatMap { category, status, month, count in
            let year = month >= .october ? 2566 : 2567
            return Array(repeating: ComplaintSummary(category: category, status: status, receivedOn: ThaiDate(year: year, month: month, day: 10)), count: count)
        }
    }

    @Test func largeCountsArePublishedExactly() {
        let counts = ComplaintCounts(fiscalYear: Self.year, summaries: Self.summaries([
            (.service, .closed, .october, 5), (.service, .underReview, .november, 4), (.corruption, .forwarded, .november, 3),
        ]))
        let statistics = ProtectedComplaintStatistics(counts)
        #expect(statistics.grandTotal == .exact(12))
        #expect(statistics.monthCells[1] == [.exact(3), .exact(0), .exact(4)])
        #expect(statistics.categoryTotals == [.exact(3), .exact(0), .exact(9)])
        #expect(statistics.statusCells != nil)
        #expect(!statistics.hasProtectedFigures)
    }

    @Test func oneCorruptionReportIsNeverShownAsOne() {
        let counts = ComplaintCounts(fiscalYear: Self.year, summaries: Self.summaries([
            (.service, .closed, .october, 5), (.service, .closed, .december, 4), (.corruption, .received, .march, 1),
        ]))
        let statistics = ProtectedComplaintStatistics(counts)
        #expect(statistics.monthCells[5][0] == .fewerThanThree)
        // Exact totals of 10 and 9 would give 10 − 9 = 1 corruption report: at most one of them may be exact.
        #expect(!(statistics.grandTotal == .exact(10) && statistics.categoryTotals[2] == .exact(9)))
        #expect(statistics.categoryTotals[0] != .exact(1))
        #expect(statistics.monthTotals[5] != .exact(1))
        #expect(Self.leaks(statistics, counts).isEmpty)
    }

    @Test func sixSingleReportsDoNotRevealEachOtherThroughTheTotal() {
        let counts = ComplaintCounts(fiscalYear: Self.year, summaries: Self.summaries([
            (.service, .received, .october, 1), (.service, .received, .november, 1), (.corruption, .received, .december, 1),
            (.misconduct, .received, .january, 1), (.service, .received, .february, 1), (.service, .received, .march, 1),
        ]))
        let statistics = ProtectedComplaintStatistics(counts)
        #expect(statistics.grandTotal == .range(6, 12))
        #expect(Self.leaks(statistics, counts).isEmpty)
    }

    @Test func anEmptyYearIsAllZeros() {
        let statistics = ProtectedComplaintStatistics(ComplaintCounts(fiscalYear: Self.year, summaries: []))
        #expect(statistics.grandTotal == .exact(0))
        #expect(statistics.monthCells.joined().allSatisfy { $0 == .exact(0) })
    }

    /// Random years, checked by brute force: no "<3" cell may be fixed by what is published.
    @Test(arguments: 0..<60)
    func noSmallCellCanBeWorkedOut(seed: Int) {
        var state = UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var rows: [(ComplaintCategory, ComplaintStatus, ThaiMonth, Int)] = []
        for _ in 0..<(3 + next(8)) {
            rows.append((ComplaintCategory.allCases[next(3)], ComplaintStatus.allCases[next(4)], ThaiMonth.allCases[next(12)], 1 + next(next(2) == 0 ? 2 : 5)))
        }
        let counts = ComplaintCounts(fiscalYear: Self.year, summaries: Self.summaries(rows))
        let statistics = ProtectedComplaintStatistics(counts)
        let smallCount = statistics.monthCells.joined().filter { $0 == .fewerThanThree }.count
            + (statistics.statusCells?.joined().filter { $0 == .fewerThanThree }.count ?? 0)
        guard smallCount <= 14 else { return }
        #expect(Self.leaks(statistics, counts).isEmpty, "seed \(seed)")
    }

    /// The small cells a reader could pin down, by trying every 1-or-2 assignment against every published
    /// exact figure and the tables' shared column sums. Independent of the auditor being tested.
    static func leaks(_ s: ProtectedComplaintStatistics, _ counts: ComplaintCounts) -> [String] {
        struct Cell: Hashable { var table: Int, row: Int, column: Int }
        var smalls: [Cell] = []
        var known: [Cell: Int] = [:]
        for (row, cells) in s.monthCells.enumerated() {
            for (column, figure) in cells.enumerated() {
                if case .exact(let value) = figure { known[Cell(table: 0, row: row, column: column)] = value } else { smalls.append(Cell(table: 0, row: row, column: column)) }
            }
        }
        for (row, cells) in (s.statusCells ?? []).enumerated() {
            for (column, figure) in cells.enumerated() {
                if case .exact(let value) = figure { known[Cell(table: 1, row: row, column: column)] = value } else { smalls.append(Cell(table: 1, row: row, column: column)) }
            }
        }
        var sums: [([Cell], Int)] = []
        let categories = 0..<3
        for (row, total) in s.monthTotals.enumerated() { if case .exact(let v) = total { sums.append((categories.map { Cell(table: 0, row: row, column: $0) }, v)) } }
        for (column, total) in s.categoryTotals.enumerated() { if case .exact(let v) = total { sums.append(((0..<12).map { Cell(table: 0, row: $0, column: column) }, v)) } }
        if case .exact(let v) = s.grandTotal { sums.append(((0..<12).flatMap { row in categories.map { Cell(table: 0, row: row, column: $0) } }, v)) }
        for (row, total) in (s.statusTotals ?? []).enumerated() { if case .exact(let v) = total { sums.append((categories.map { Cell(table: 1, row: row, column: $0) }, v)) } }
        var seen = Array(repeating: Set<Int>(), count: smalls.count)
        for mask in 0..<(1 << smalls.count) {
            var value = known
            for (index, cell) in smalls.enumerated() { value[cell] = 1 + (mask >> index) & 1 }
            guard sums.allSatisfy({ cells, total in cells.map { value[$0] ?? 0 }.reduce(0, +) == total }) else { continue }
            if s.statusCells != nil {
                let consistent = categories.allSatisfy { column in
                    (0..<12).map { value[Cell(table: 0, row: $0, column: column)] ?? 0 }.reduce(0, +)
                        == (0..<4).map { value[Cell(table: 1, row: $0, column: column)] ?? 0 }.reduce(0, +)
                }
                guard consistent else { continue }
            }
            for (index, cell) in smalls.enumerated() { seen[index].insert(value[cell]!) }
        }
        return smalls.indices.filter { seen[$0].count < 2 }.map { "table \(smalls[$0].table) row \(smalls[$0].row) column \(smalls[$0].column)" }
    }
}

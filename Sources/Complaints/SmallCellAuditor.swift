/// Decides whether a set of published equations lets a reader pin down any small cell.
///
/// Each small cell is 1 + b with b ∈ {0, 1}; an equation says Σ cᵢ·bᵢ = k with cᵢ ∈ {−1, +1}. A cell is
/// pinned down when every assignment satisfying all equations gives it the same value. The true values
/// always satisfy the equations, so for each cell it is enough to look for one assignment with the other
/// value. The search prunes on each equation's reachable range; past `budget` steps it gives up and
/// answers "pinned down", so doubt always protects the cell.
struct SmallCellAuditor {
    struct Equation: Hashable {
        /// Unknown index → coefficient (+1 or −1).
        var coefficients: [Int: Int]
        var constant: Int
    }

    /// The true b of each unknown.
    let truth: [Int]
    var budget = 200_000

    /// Whether the equations together fix the value of at least one small cell.
    func pinsDown(_ equations: [Equation]) -> Bool {
        let involved = Set(equations.flatMap(\.coefficients.keys))
        for variable in involved.sorted() {
            var search = Search(equations: equations, count: truth.count, budget: budget)
            guard let found = search.solve(fixing: variable, to: 1 - truth[variable], order: orderStarting(at: variable, involved)), found
            else { return true }
        }
        return false
    }

    private func orderStarting(at first: Int, _ involved: Set<Int>) -> [Int] {
        [first] + involved.sorted().filter { $0 != first }
    }

    /// One depth-first search for an assignment that satisfies every equation.
    private struct Search {
        let equations: [Equation]
        /// For each unknown, the equations it appears in.
        let appearances: [[Int]]
        var assignment: [Int]
        /// Per equation: the sum of assigned terms, and how many +1 and −1 terms are still open.
        var sums: [Int]
        var openPlus: [Int]
        var openMinus: [Int]
        var steps = 0
        let budget: Int

        init(equations: [Equation], count: Int, budget: Int) {
            self.equations = equations
            self.budget = budget
            var appearances = Array(repeating: [Int](), count: count)
            for (number, equation) in equations.enumerated() {
                for variable in equation.coefficients.keys { appearances[variable].append(number) }
            }
            self.appearances = appearances
            assignment = Array(repeating: -1, count: count)
            sums = Array(repeating: 0, count: equations.count)
            openPlus = equations.map { $0.coefficients.values.filter { $0 > 0 }.count }
            openMinus = equations.map { $0.coefficients.values.filter { $0 < 0 }.count }
        }

        /// True when a solution with `variable` = `value` exists, false when none does, nil past the budget.
        mutating func solve(fixing variable: Int, to value: Int, order: [Int]) -> Bool? {
            guard assign(variable, value) else { return false }
            return descend(order, from: 1)
        }

        private mutating func descend(_ order: [Int], from position: Int) -> Bool? {
            steps += 1
            if steps > budget { return nil }
            guard position < order.count else { return true }
            let variable = order[position]
            for value in [0, 1] {
                if assign(variable, value) {
                    if let found = descend(order, from: position + 1) {
                        if found { return true }
                    } else {
                        return nil
                    }
                }
                unassign(variable)
            }
            return false
        }

        /// Sets an unknown and reports whether every equation it is in can still be met.
        private mutating func assign(_ variable: Int, _ value: Int) -> Bool {
            assignment[variable] = value
            var feasible = true
            for number in appearances[variable] {
                let coefficient = equations[number].coefficients[variable] ?? 0
                sums[number] += coefficient * value
                if coefficient > 0 { openPlus[number] -= 1 } else { openMinus[number] -= 1 }
                let low = sums[number] - openMinus[number]
                let high = sums[number] + openPlus[number]
                if equations[number].constant < low || equations[number].constant > high { feasible = false }
            }
            return feasible
        }

        private mutating func unassign(_ variable: Int) {
            let value = assignment[variable]
            guard value >= 0 else { return }
            for number in appearances[variable] {
                let coefficient = equations[number].coefficients[variable] ?? 0
                sums[number] -= coefficient * value
                if coefficient > 0 { openPlus[number] += 1 } else { openMinus[number] += 1 }
            }
            assignment[variable] = -1
        }
    }
}

extension QRGrid {
    /// The standard's penalty for a masked symbol (lower is easier to scan): long runs, 2×2 blocks,
    /// finder-like patterns, and an unbalanced share of dark modules.
    var penalty: Int {
        var score = 0
        let columns = (0..<size).map { column in modules.map { $0[column] } }
        for line in modules + columns {
            score += runPenalty(line) + finderLikePenalty(line)
        }
        for row in 0..<size - 1 {
            for column in 0..<size - 1 {
                let dark = modules[row][column]
                if modules[row][column + 1] == dark, modules[row + 1][column] == dark, modules[row + 1][column + 1] == dark {
                    score += 3
                }
            }
        }
        let darkCount = modules.joined().filter { $0 }.count
        let total = size * size
        score += ((abs(darkCount * 20 - total * 10) + total - 1) / total - 1) * 10
        return score
    }

    /// 3 for each run of five equal modules, plus 1 for each module beyond five.
    private func runPenalty(_ line: [Bool]) -> Int {
        var score = 0
        var run = 1
        for index in 1..<line.count {
            if line[index] == line[index - 1] {
                run += 1
            } else {
                if run >= 5 { score += run - 2 }
                run = 1
            }
        }
        if run >= 5 { score += run - 2 }
        return score
    }

    /// 40 for each dark-light-dark-dark-dark-light-dark with four light modules on one side.
    private func finderLikePenalty(_ line: [Bool]) -> Int {
        let pattern = [true, false, true, true, true, false, true]
        let quiet = [false, false, false, false]
        var score = 0
        guard line.count >= 11 else { return 0 }
        for start in 0...(line.count - 11) {
            let window = Array(line[start..<start + 11])
            if Array(window[0..<7]) == pattern && Array(window[7..<11]) == quiet { score += 40 }
            if Array(window[0..<4]) == quiet && Array(window[4..<11]) == pattern { score += 40 }
        }
        return score
    }
}

/// How much two texts share, for finding the same sentence or title printed twice with small
/// differences. Spaces are ignored and texts are compared as Unicode scalars.
enum TextSimilarity {
    /// Dice coefficient of scalar bigrams: 1 for the same text, near 0 for unrelated ones.
    static func bigramDice(_ a: String, _ b: String) -> Double {
        let left = bigrams(ThaiSpacing.unspaced(a))
        let right = bigrams(ThaiSpacing.unspaced(b))
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        var counts: [UInt64: Int] = [:]
        for gram in left { counts[gram, default: 0] += 1 }
        var shared = 0
        for gram in right where counts[gram, default: 0] > 0 {
            counts[gram]! -= 1
            shared += 1
        }
        return Double(2 * shared) / Double(left.count + right.count)
    }

    /// Greedy string tiling: the share of both texts covered by common runs of at least `minimumRun`
    /// scalars, taken longest first. Unlike an edit distance it forgives a phrase added or dropped in
    /// the middle ("…การทุจริตประจำปี" against "…การทุจริตและประพฤติมิชอบประจำปี"), and unlike a
    /// common subsequence it does not reward the scattered letters every Thai phrase shares.
    static func tiling(_ a: String, _ b: String, minimumRun: Int = 4) -> Double {
        let left = Array(ThaiSpacing.unspaced(a).unicodeScalars)
        let right = Array(ThaiSpacing.unspaced(b).unicodeScalars)
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        var usedLeft = Array(repeating: false, count: left.count)
        var usedRight = Array(repeating: false, count: right.count)
        var covered = 0
        while true {
            var best = (length: 0, left: 0, right: 0)
            var previous = Array(repeating: 0, count: right.count + 1)
            var current = previous
            for i in 1...left.count {
                for j in 1...right.count {
                    guard !usedLeft[i - 1], !usedRight[j - 1], left[i - 1] == right[j - 1] else {
                        current[j] = 0
                        continue
                    }
                    current[j] = previous[j - 1] + 1
                    if current[j] > best.length { best = (current[j], i - current[j], j - current[j]) }
                }
                swap(&previous, &current)
            }
            guard best.length >= minimumRun else { break }
            for offset in 0..<best.length {
                usedLeft[best.left + offset] = true
                usedRight[best.right + offset] = true
            }
            covered += best.length
        }
        return Double(2 * covered) / Double(left.count + right.count)
    }

    /// Each pair of neighbouring scalars packed into one number.
    private static func bigrams(_ text: String) -> [UInt64] {
        let scalars = text.unicodeScalars.map { UInt64($0.value) }
        guard scalars.count > 1 else { return [] }
        return (0..<(scalars.count - 1)).map { scalars[$0] << 32 | scalars[$0 + 1] }
    }
}

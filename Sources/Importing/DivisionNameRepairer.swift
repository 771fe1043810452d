/// Reads a ผู้รับผิดชอบ cell into clean division names, repairing what PDF extraction did to them:
/// letters spaced apart, names broken by spaces where the column wrapped, and garbled letters.
///
/// Names are compared with the agency's known divisions without spaces, so "กองสวัสดิการ สังคม"
/// is "กองสวัสดิการสังคม"; a name within a quarter of its letters of a known one is snapped to it.
struct DivisionNameRepairer: Sendable {
    let knownNames: [String]

    /// Words that start the name of a division or unit; a new name starts at one of them.
    static let headWords = ["สำนัก", "กอง", "ฝ่าย", "ส่วน", "ศูนย์", "หน่วย", "งาน"]
    static let bullets: Set<String> = ["-", "–", "—", "•", "·", "*", "+"]

    struct Outcome {
        var names: [String] = []
        var repairs: [TextRepair] = []
    }

    static let itemBreak = TextPattern(#"</?li\b[^<>]*(>|$)"#)

    func divisions(in raw: String) -> Outcome {
        let text = CellText.clean(Self.itemBreak.replacingMatches(in: raw, with: " - "))
        var outcome = Outcome()
        for segment in segments(of: text) {
            var segmentText = segment.joined(separator: " ")
            let joined = ThaiSpacing.joinSpacedLetters(segmentText)
            if joined != segmentText {
                outcome.repairs.append(TextRepair(
                    printed: segmentText, repaired: joined,
                    reasonTH: "ตัวอักษรถูกเว้นวรรคทีละตัว จึงรวมกลับ",
                    reasonEN: "letters were spaced apart one by one; joined them again"))
                segmentText = joined
            }
            let tokens = segmentText.unicodeScalars.split(separator: " ").map { String($0) }
            for group in groups(of: tokens) {
                let (name, repair) = canonical(group)
                if let repair { outcome.repairs.append(repair) }
                if !name.isEmpty, !outcome.names.contains(name) { outcome.names.append(name) }
            }
        }
        return outcome
    }

    /// Token lists between bullets ("- สำนักปลัด - กองคลัง").
    private func segments(of text: String) -> [[String]] {
        var segments: [[String]] = [[]]
        for token in text.unicodeScalars.split(separator: " ").map({ String($0) }) {
            if Self.bullets.contains(token) {
                segments.append([])
            } else if let first = token.unicodeScalars.first, Self.bullets.contains(String(first)), token.unicodeScalars.count > 1 {
                segments.append([String(token.unicodeScalars.dropFirst())])
            } else {
                segments[segments.count - 1].append(token)
            }
        }
        return segments.filter { !$0.isEmpty }
    }

    /// Splits tokens into names: the longest run that spells a known name; otherwise up to the next
    /// head word. A parenthesised part stays with the name before it.
    private func groups(of tokens: [String]) -> [[String]] {
        var groups: [[String]] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].hasPrefix("(") {
                var end = index
                while end < tokens.count, !tokens[end].contains(")") { end += 1 }
                end = min(end + 1, tokens.count)
                if groups.isEmpty { groups.append([]) }
                groups[groups.count - 1] += tokens[index..<end]
                index = end
                continue
            }
            if let end = knownRunEnd(tokens, from: index) {
                groups.append(Array(tokens[index..<end]))
                index = end
                continue
            }
            var end = index + 1
            while end < tokens.count, !tokens[end].hasPrefix("("), knownRunEnd(tokens, from: end) == nil,
                !Self.headWords.contains(where: tokens[end].hasPrefix)
            {
                end += 1
            }
            groups.append(Array(tokens[index..<end]))
            index = end
        }
        return groups
    }

    private func knownRunEnd(_ tokens: [String], from start: Int) -> Int? {
        var end = start
        while end < tokens.count, end - start < 6, !tokens[end].hasPrefix("(") { end += 1 }
        while end > start {
            if nearestKnown(ThaiSpacing.unspaced(tokens[start..<end].joined())) != nil { return end }
            end -= 1
        }
        return nil
    }

    /// The known name equal to `unspaced` without spaces, or the unique closest one within a quarter
    /// of its letters, with the number of edits.
    func nearestKnown(_ unspaced: String) -> (name: String, edits: Int)? {
        var best: (name: String, edits: Int)?
        var tied = false
        for name in knownNames {
            let target = ThaiSpacing.unspaced(name)
            let allowed = target.unicodeScalars.count / 4
            // The length difference alone is a lower bound on the edits; skip the distance when it is too big.
            guard abs(unspaced.unicodeScalars.count - target.unicodeScalars.count) <= allowed else { continue }
            let edits = EditDistance.between(unspaced, target)
            guard edits <= allowed else { continue }
            if edits < (best?.edits ?? Int.max) {
                best = (name, edits)
                tied = false
            } else if edits == best?.edits {
                tied = true
            }
        }
        return tied ? nil : best
    }

    private func canonical(_ group: [String]) -> (String, TextRepair?) {
        let printed = group.joined(separator: " ")
        let baseTokens = group.prefix { !$0.hasPrefix("(") }
        let base = baseTokens.joined(separator: " ")
        var name = base
        var reasons: [(String, String)] = []
        if let known = nearestKnown(ThaiSpacing.unspaced(base)), known.name != base {
            name = known.name
            reasons.append(known.edits == 0
                ? ("ชื่อส่วนราชการถูกแบ่งด้วยช่องว่างจากการตัดบรรทัด", "the division name was broken by line-wrap spaces")
                : ("ใกล้เคียงชื่อส่วนราชการที่รู้จัก \"\(known.name)\" (ต่างกัน \(known.edits) อักขระ)",
                   "closest to the known division \"\(known.name)\" (\(known.edits) characters differ)"))
        }
        let bracket = group.dropFirst(baseTokens.count).joined(separator: " ")
        if !bracket.isEmpty {
            let tidied = ThaiSpacing.removeWrapSpaces(bracket)
            if tidied != bracket {
                reasons.append(("ช่องว่างจากการตัดบรรทัดในวงเล็บ", "line-wrap spaces inside the brackets"))
            }
            name = name.isEmpty ? tidied : name + " " + tidied
        }
        guard !reasons.isEmpty else { return (name, nil) }
        return (name, TextRepair(
            printed: printed, repaired: name,
            reasonTH: reasons.map(\.0).joined(separator: "; "), reasonEN: reasons.map(\.1).joined(separator: "; ")))
    }
}

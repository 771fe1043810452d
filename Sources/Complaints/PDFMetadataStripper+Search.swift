/// Byte searches that never look at a byte twice for the same purpose.
enum ByteSearch {
    /// Non-overlapping occurrences of `pattern`, left to right. The pattern is short (a key or a tag), so
    /// the cost is the file's length times at most the pattern's.
    static func ranges(of pattern: [UInt8], in bytes: [UInt8]) -> [Range<Int>] {
        guard let first = pattern.first, pattern.count <= bytes.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            guard bytes[index] == first, matches(pattern, at: index, in: bytes) else {
                index += 1
                continue
            }
            found.append(index..<index + pattern.count)
            index += pattern.count
        }
        return found
    }

    static func matches(_ pattern: [UInt8], at index: Int, in bytes: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 1..<max(pattern.count, 1) where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The next position of one byte at or after a position that only grows between calls.
    struct Forward {
        let target: UInt8
        private var found: Int?
        private var searchedUpTo = 0

        init(target: UInt8) { self.target = target }

        mutating func next(from start: Int, in bytes: [UInt8]) -> Int? {
            if let found, found >= start { return found }
            var index = max(start, searchedUpTo)
            while index < bytes.count, bytes[index] != target { index += 1 }
            searchedUpTo = index
            found = index < bytes.count ? index : nil
            return found
        }
    }

    /// The next start of a pattern at or after a position that only grows between calls.
    struct ForwardPattern {
        let pattern: [UInt8]
        private var found: Int?
        private var searchedUpTo = 0

        init(pattern: [UInt8]) { self.pattern = pattern }

        mutating func next(from start: Int, in bytes: [UInt8]) -> Int? {
            if let found, found >= start { return found }
            var index = max(start, searchedUpTo)
            while index < bytes.count, !(bytes[index] == pattern.first && ByteSearch.matches(pattern, at: index, in: bytes)) {
                index += 1
            }
            searchedUpTo = index
            found = index < bytes.count ? index : nil
            return found
        }
    }
}

/// Matching parentheses of PDF literal strings, found in one pass.
enum LiteralStrings {
    /// For each opening parenthesis in `opens` (ascending positions), the position of the parenthesis that
    /// closes it: the first unescaped `)` after which the nesting is back where it was. Unterminated
    /// openings are absent. A backslash escapes the byte after it.
    ///
    /// Scanning from each opening in turn is quadratic when none closes; here one running depth serves
    /// every opening at once, with a stack of the openings still waiting.
    static func closingParentheses(of opens: [Int], in bytes: [UInt8]) -> [Int: Int] {
        guard let first = opens.first else { return [:] }
        var closes: [Int: Int] = [:]
        var waiting: [(position: Int, depthBefore: Int)] = []
        var nextOpen = 0
        var depth = 0
        var index = first
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
                continue
            case UInt8(ascii: "("):
                if nextOpen < opens.count, opens[nextOpen] == index {
                    waiting.append((index, depth))
                    nextOpen += 1
                }
                depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if let top = waiting.last, top.depthBefore == depth {
                    closes[top.position] = index
                    waiting.removeLast()
                }
            default: break
            }
            index += 1
        }
        return closes
    }
}

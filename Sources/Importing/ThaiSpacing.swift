/// Spaces that PDF extraction put into Thai text, and how to take them out again.
///
/// Works on Unicode scalars: Swift's Character view glues a space to a following spacing vowel
/// (" ำ" is one Character), which would hide exactly the spaces this type removes.
enum ThaiSpacing {
    /// Thai consonants, vowels and tone marks: the scalars a Thai word is spelt with.
    /// Leaves out ๆ and ฯ (which Thai writes with spaces around), digits and ฿.
    static func isThaiLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E01...0x0E2E, 0x0E30...0x0E3A, 0x0E40...0x0E45, 0x0E47...0x0E4E: true
        default: false
        }
    }

    /// Vowels and marks written above or below a letter, which never start a syllable.
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: true
        default: false
        }
    }

    /// A lone letter with its marks, e.g. "วิ", "ำ", "แ": what a spaced-out word is made of.
    static func isSingleThaiCluster(_ token: [Unicode.Scalar]) -> Bool {
        guard !token.isEmpty, token.allSatisfy(isThaiLetter) else { return false }
        return token.filter { !isCombining($0) }.count <= 1
    }

    /// Joins runs of three or more lone Thai letters separated by single spaces
    /// ("ค ำ ส น ำ" → "คำสนำ"). Two lone letters are left alone: Thai does write "ณ ที่" and the like.
    static func joinSpacedLetters(_ text: String) -> String {
        let tokens = text.unicodeScalars.split(separator: " ", omittingEmptySubsequences: true).map(Array.init)
        var pieces: [[Unicode.Scalar]] = []
        var index = 0
        while index < tokens.count {
            var end = index
            while end < tokens.count, isSingleThaiCluster(tokens[end]) { end += 1 }
            if end - index >= 3 {
                pieces.append(tokens[index..<end].flatMap { $0 })
                index = end
            } else {
                pieces.append(tokens[index])
                index += 1
            }
        }
        return joined(pieces)
    }

    /// Whether `joinSpacedLetters` would change the text.
    static func hasSpacedLetters(_ text: String) -> Bool {
        joinSpacedLetters(text) != collapsed(text)
    }

    /// Removes every space that has a Thai letter on both sides. Only for cells that hold one
    /// phrase (a measure title, a division, a short monitoring note): Thai puts no spaces inside a
    /// phrase, so there such a space can only be where the narrow PDF column wrapped. Spaces next to
    /// digits, Latin letters, brackets, ๆ or list markers stay.
    static func removeWrapSpaces(_ text: String) -> String {
        let scalars = Array(collapsed(text).unicodeScalars)
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count,
                isThaiLetter(scalars[index - 1]), isThaiLetter(scalars[index + 1])
            {
                continue
            }
            output.append(scalar)
        }
        return String(output)
    }

    /// Any run of whitespace (including no-break and zero-width spaces) as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(" ") }
            pendingSpace = false
            output.append(scalar)
        }
        return String(output)
    }

    /// The text with all whitespace removed, for comparing names that PDF spacing broke.
    static func unspaced(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !$0.properties.isWhitespace && $0 != "\u{200B}"
        }))
    }

    private static func joined(_ pieces: [[Unicode.Scalar]]) -> String {
        var output = String.UnicodeScalarView()
        for (index, piece) in pieces.enumerated() {
            if index > 0 { output.append(" ") }
            output.append(contentsOf: piece)
        }
        return String(output)
    }
}

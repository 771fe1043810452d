/// Where a `next=` parameter may send the browser: a path of this site, never another origin.
enum LocalRedirect {
    /// `next` when it is a same-origin path, else "/".
    static func path(_ next: String?) -> String {
        guard let next, isLocalPath(next) else { return "/" }
        return next
    }

    /// One leading "/" (not "//"), and no backslash, control, format or white-space character — in the
    /// text as given and after each round of percent-decoding, since browsers read `/\host` and
    /// `/<tab>/host` as another host.
    static func isLocalPath(_ text: String) -> Bool {
        var current = text
        // Three rounds cover double and triple encoding; anything still changing after that is refused.
        for _ in 0..<4 {
            guard isPlainPath(current) else { return false }
            // A "%" that starts no valid escape stays literal in the browser too.
            guard let decoded = current.removingPercentEncoding else { return true }
            if decoded == current { return true }
            current = decoded
        }
        return false
    }

    private static func isPlainPath(_ text: String) -> Bool {
        guard text.hasPrefix("/"), !text.hasPrefix("//") else { return false }
        for scalar in text.unicodeScalars {
            if scalar == "\\" || scalar.properties.isWhitespace { return false }
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .unassigned, .privateUse:
                return false
            default:
                continue
            }
        }
        return true
    }
}

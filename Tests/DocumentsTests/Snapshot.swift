import Foundation
import Testing

/// Compares rendered text with a reviewed file in `__Snapshots__/`.
///
/// `PRONGSAI_RECORD_SNAPSHOTS=1` writes the file instead. A missing snapshot fails: a test that
/// passes because nothing was compared would hide every change.
enum Snapshot {
    static let recording = ProcessInfo.processInfo.environment["PRONGSAI_RECORD_SNAPSHOTS"] == "1"

    static func folder(_ filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    }

    static func assertMatches(
        _ actual: String, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = folder(filePath).appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: folder(filePath), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            let message = "No snapshot \(name) at \(file.path). Record it with "
                + "`PRONGSAI_RECORD_SNAPSHOTS=1 swift test --filter DocumentsTests`, review it, and commit it."
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(expected: expected, actual: actual) {
            let message = "Snapshot \(name) differs. \(difference)\nIf the change is intended, re-record with "
                + "PRONGSAI_RECORD_SNAPSHOTS=1 and review the diff of \(file.lastPathComponent)."
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// "line 12, column 40" with the two lines shown around the first character that differs.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? old[index] : "<no line>"
            let now = index < new.count ? new[index] : "<no line>"
            guard was != now else { continue }
            let column = zip(was, now).prefix { $0 == $1 }.count
            return "First difference at line \(index + 1), column \(column + 1) "
                + "(snapshot has \(old.count) lines, output \(new.count)):\n"
                + "  snapshot: \(excerpt(was, around: column))\n"
                + "  output:   \(excerpt(now, around: column))"
        }
        return "The texts differ only in line endings."
    }

    /// At most 120 characters of a long line, starting a little before `column`.
    static func excerpt(_ line: String, around column: Int) -> String {
        guard line.count > 120 else { return line }
        let start = max(0, column - 40)
        let slice = line.dropFirst(start).prefix(120)
        return (start > 0 ? "…" : "") + slice + (start + 120 < line.count ? "…" : "")
    }
}

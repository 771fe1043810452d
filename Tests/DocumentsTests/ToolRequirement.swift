import Documents
import Foundation
import Testing

/// External tools the conversion tests need. Without `PRONGSAI_REQUIRE_TOOLS=1` a missing tool
/// skips its test with the reason shown; with it (as CI sets) a missing tool fails the test.
enum ToolRequirement {
    static let required = ProcessInfo.processInfo.environment["PRONGSAI_REQUIRE_TOOLS"] == "1"
    static let tools = PDFRenderer.Tools.installed()
    static let pdftotext: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("pdftotext") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var chromiumRunnable: Bool { required || (tools.chromium != nil && pdftotext != nil) }
    static var libreOfficeRunnable: Bool { required || (tools.libreOffice != nil && pdftotext != nil) }

    /// Fails the test when a required tool is missing; returns whether the test can go on.
    static func check(_ tool: URL?, _ name: String, package: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard tool == nil else { return true }
        let message = "PRONGSAI_REQUIRE_TOOLS=1 but \(name) is not installed (apt-get install \(package))"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        return false
    }

    /// The text of a PDF in content-stream order (`pdftotext -raw`): the default reading order
    /// interleaves the lines of neighbouring table cells, and would split a wrapped title.
    static func text(ofPDF pdf: Data) throws -> String {
        try run(pdftotext, ["-raw", "-enc", "UTF-8", "in.pdf", "-"], on: pdf)
    }

    /// What `pdfinfo` (next to pdftotext, in poppler-utils) reads from the document information: Title,
    /// Author, Creator and the rest, one per line.
    static func info(ofPDF pdf: Data) throws -> String {
        try run(pdftotext?.deletingLastPathComponent().appendingPathComponent("pdfinfo"), ["-enc", "UTF-8", "in.pdf"], on: pdf)
    }

    /// Runs a poppler tool on the PDF, saved as in.pdf in its working folder, and returns what it prints.
    private static func run(_ tool: URL?, _ arguments: [String], on pdf: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try pdf.write(to: folder.appendingPathComponent("in.pdf"))
        let process = Process()
        let standardOutput = Pipe()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = standardOutput
        try process.run()
        let printed = standardOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: printed, as: UTF8.self)
    }
}

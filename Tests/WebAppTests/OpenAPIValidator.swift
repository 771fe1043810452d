import Foundation

/// Python's openapi-spec-validator, when installed (`pip install openapi-spec-validator`).
/// CI sets PRONGSAI_REQUIRE_TOOLS=1, and then its absence fails the test instead of skipping the check.
enum OpenAPIValidator {
    static let required = ProcessInfo.processInfo.environment["PRONGSAI_REQUIRE_TOOLS"] == "1"

    /// The python3 that can import the validator, or nil.
    static func available() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let python = URL(fileURLWithPath: String(folder)).appendingPathComponent("python3")
            guard FileManager.default.isExecutableFile(atPath: python.path) else { continue }
            if (try? run(python, ["-c", "import openapi_spec_validator"]))?.status == 0 { return python }
        }
        return nil
    }

    /// Nil when the document is valid, else the validator's complaint.
    static func validate(_ document: String, python: URL) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-openapi-\(UUID().uuidString).json")
        try Data(document.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys
            from openapi_spec_validator import validate
            validate(json.load(open(sys.argv[1], encoding="utf-8")))
            """
        let result = try run(python, ["-c", script, file.path])
        return result.status == 0 ? nil : result.output
    }

    private static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

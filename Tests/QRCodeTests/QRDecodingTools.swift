import Foundation
import QRCode
import Testing

/// Headless Chromium and zbarimg, found on PATH. Missing tools skip the decoding test, or fail it when
/// PRONGSAI_REQUIRE_TOOLS=1 (as CI sets).
struct QRDecodingTools {
    let chromium: URL
    let zbarimg: URL

    static func find(sourceLocation: SourceLocation = #_sourceLocation) -> QRDecodingTools? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func first(_ names: [String]) -> URL? {
            for name in names {
                for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                    return URL(fileURLWithPath: "\(folder)/\(name)")
                }
            }
            return nil
        }
        guard let chromium = first(["chromium", "chromium-browser", "google-chrome"]), let zbarimg = first(["zbarimg"]) else {
            if ProcessInfo.processInfo.environment["PRONGSAI_REQUIRE_TOOLS"] == "1" {
                Issue.record("PRONGSAI_REQUIRE_TOOLS=1 but chromium or zbarimg is missing (apt-get install chromium zbar-tools)", sourceLocation: sourceLocation)
            }
            return nil
        }
        return QRDecodingTools(chromium: chromium, zbarimg: zbarimg)
    }

    func decode(_ code: QRCode) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pixels = 4
        // A window just the code's size comes out blank; a margin of white around it reads reliably.
        let side = (code.size + 8) * pixels + 80
        let page = "<!doctype html><html><body style=\"margin:40px;background:#fff\">\(code.svg(pixelsPerModule: pixels))</body></html>"
        try Data(page.utf8).write(to: folder.appendingPathComponent("code.html"))
        let png = folder.appendingPathComponent("code.png")
        try run(chromium, [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--window-size=\(side),\(side)",
            "--screenshot=\(png.path)", folder.appendingPathComponent("code.html").absoluteString,
        ])
        let output = try run(zbarimg, ["--raw", "-q", "-Sbinary", png.path])
        return output.hasSuffix("\n") ? String(output.dropLast()) : output
    }

    @discardableResult
    private func run(_ tool: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

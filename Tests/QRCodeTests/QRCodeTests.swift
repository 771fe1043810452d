import Foundation
import QRCode
import Testing

@Suite struct QRCodeTests {
    /// Byte-mode capacities at level M (ISO/IEC 18004 table 7): the last length that fits each version.
    @Test(arguments: [(14, 1), (15, 2), (26, 2), (42, 3), (62, 4), (84, 5), (106, 6), (122, 7), (213, 10), (2331, 40)])
    func theSmallestVersionThatHoldsTheDataIsChosen(length: Int, version: Int) throws {
        let code = try QRCode.encode([UInt8](repeating: 0x61, count: length))
        #expect(code.version == version)
        #expect(code.size == 17 + 4 * version)
        #expect(code.modules.count == code.size && code.modules.allSatisfy { $0.count == code.size })
    }

    @Test func tooMuchDataIsRefused() {
        #expect(throws: QRCodeError.tooLong(2332)) { try QRCode.encode([UInt8](repeating: 0, count: 2332)) }
    }

    @Test func finderPatternsAndTheDarkModuleAreInPlace() throws {
        let code = try QRCode.encode(text: "https://example.go.th/public/thapkhlo/complaints")
        let size = code.size
        for (row, column) in [(0, 0), (0, size - 7), (size - 7, 0)] {
            #expect(code.modules[row][column] && code.modules[row + 6][column + 6] && code.modules[row + 3][column + 3])
            #expect(!code.modules[row + 1][column + 1])
        }
        #expect(code.modules[size - 8][8], "the module above the bottom-left finder's format bits is always dark")
    }

    @Test func theSVGDrawsEveryDarkModuleInsideAQuietZone() throws {
        let code = try QRCode.encode(text: "HELLO")
        let svg = code.svg(pixelsPerModule: 4, title: "a <test>")
        #expect(svg.hasPrefix("<svg") && svg.contains("viewBox=\"0 0 29 29\"") && svg.contains("<title>a &lt;test&gt;</title>"))
        let drawn = svg.matches(of: /h(\d+)v1/).map { Int($0.1)! }.reduce(0, +)
        #expect(drawn == code.modules.joined().filter { $0 }.count)
    }

    /// The real test: a real decoder reads back what was encoded. Chromium renders the SVG to PNG and
    /// zbarimg decodes it. Versions 1, 3 (alignment), 7 (version bits), 12 and 22 (16-bit count, blocks of
    /// two lengths), and UTF-8 Thai text.
    @Test(arguments: [
        "HELLO",
        "https://ita.example.go.th/public/thapkhlo/complaints",
        String(repeating: "https://prongsai.example/", count: 5),
        String(repeating: "abcdefghijklmnopqrstuvwxyz0123456789", count: 8),
        String(repeating: "ร้องเรียน แจ้งเบาะแส ", count: 30),
    ])
    func aRealDecoderReadsItBack(text: String) throws {
        guard let tools = QRDecodingTools.find() else { return }
        let decoded = try tools.decode(QRCode.encode(text: text))
        #expect(decoded == text)
    }
}

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

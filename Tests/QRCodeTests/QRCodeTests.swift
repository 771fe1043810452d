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
    @Test(.serialized, arguments: [
        "HELLO",
        "https://ita.example.go.th/public/thapkhlo/complaints",
        String(repeating: "https://prongsai.example/", count: 5),
        String(repeating: "abcdefghijklmnopqrstuvwxyz0123456789", count: 8),
        String(repeating: "ร้องเรียน แจ้งเบาะแส ", count: 30),
    ])
    func aRealDecoderReadsItBack(text: String) async throws {
        guard let tools = QRDecodingTools.find() else { return }
        let code = try QRCode.encode(text: text)
        // Chromium and zbarimg take seconds: on a Dispatch thread, not one the other tests share.
        let decoded = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try tools.decode(code) }) }
        }
        #expect(decoded == text)
    }
}

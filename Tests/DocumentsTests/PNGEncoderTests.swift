@testable import Documents
import Foundation
import Testing

@Suite struct PNGEncoderTests {
    @Test func checksumsMatchTheirPublishedCheckValues() {
        #expect(Checksum.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Checksum.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Checksum.adler32([]) == 1)
    }

    @Test func chartFallbackIsAValidIndexedPNG() throws {
        let chart = try MeasuresDocument(plan: SeedPlan.plan, criteria: SeedPlan.criteria).chart
        let png = [UInt8](IndicatorChartPNG.png(chart))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        var chunks: [(type: String, body: [UInt8])] = []
        var offset = 8
        while offset < png.count {
            let length = Int(Self.bigEndian(png, offset))
            let typed = Array(png[(offset + 4)..<(offset + 8 + length)])
            #expect(Self.bigEndian(png, offset + 8 + length) == Checksum.crc32(typed), "bad CRC")
            chunks.append((String(decoding: typed.prefix(4), as: UTF8.self), Array(typed.dropFirst(4))))
            offset += 12 + length
        }
        #expect(chunks.map(\.type) == ["IHDR", "PLTE", "IDAT", "IEND"])
        let (width, height) = (Int(Self.bigEndian(chunks[0].body, 0)), Int(Self.bigEndian(chunks[0].body, 4)))
        #expect((width, height) == (1200, 736))
        #expect(Array(chunks[0].body.suffix(5)) == [8, 3, 0, 0, 0])

        // Inflate the stored blocks by hand: one filter byte and one index a pixel, every row.
        let zlib = chunks[2].body
        #expect(Array(zlib.prefix(2)) == [0x78, 0x01])
        var raw: [UInt8] = []
        var position = 2
        var last = false
        while !last {
            last = zlib[position] & 1 == 1
            let length = Int(zlib[position + 1]) | Int(zlib[position + 2]) << 8
            let complement = Int(zlib[position + 3]) | Int(zlib[position + 4]) << 8
            #expect(length ^ 0xFFFF == complement)
            raw += zlib[(position + 5)..<(position + 5 + length)]
            position += 5 + length
        }
        #expect(raw.count == (width + 1) * height)
        #expect(Self.bigEndian(zlib, position) == Checksum.adler32(raw))
        let colours = chunks[1].body.count / 3
        #expect(raw.allSatisfy { Int($0) < colours })
    }

    @Test func largeImagesSpanSeveralStoredBlocks() {
        let stream = PNGEncoder.zlibStored([UInt8](repeating: 7, count: 140_000))
        // 2 header bytes, 3 blocks of 5 header bytes, the data, 4 bytes of Adler-32.
        #expect(stream.count == 2 + 3 * 5 + 140_000 + 4)
    }

    static func bigEndian(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        bytes[at..<(at + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}

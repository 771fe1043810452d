import Foundation

/// A minimal PNG writer for palette images: zlib with stored (uncompressed) deflate blocks,
/// so it needs no zlib. The .docx zip deflates the result anyway.
enum PNGEncoder {
    /// An 8-bit indexed-colour PNG; `pixels` holds one palette index a pixel, row by row.
    static func indexed(width: Int, height: Int, palette: [RGB], pixels: [UInt8]) -> Data {
        precondition(pixels.count == width * height, "one palette index a pixel")
        precondition(!palette.isEmpty && palette.count <= 256, "a PNG palette has 1–256 colours")
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        // bit depth 8, colour type 3 (indexed), deflate, adaptive filters, no interlace
        header.append(contentsOf: [8, 3, 0, 0, 0])
        png.appendChunk("IHDR", header)
        png.appendChunk("PLTE", Data(palette.flatMap { [$0.red, $0.green, $0.blue] }))

        // Each scanline starts with its filter type; 0 (none) keeps the encoder trivial.
        var raw = [UInt8]()
        raw.reserveCapacity((width + 1) * height)
        for row in 0..<height {
            raw.append(0)
            raw.append(contentsOf: pixels[(row * width)..<((row + 1) * width)])
        }
        png.appendChunk("IDAT", zlibStored(raw))
        png.appendChunk("IEND", Data())
        return png
    }

    /// A zlib stream of stored deflate blocks (RFC 1950/1951), at most 65,535 bytes a block.
    static func zlibStored(_ bytes: [UInt8]) -> Data {
        var out = Data([0x78, 0x01])
        var start = 0
        repeat {
            let length = min(65_535, bytes.count - start)
            let isLast = start + length == bytes.count
            out.append(isLast ? 1 : 0)
            out.append(UInt8(length & 0xFF))
            out.append(UInt8(length >> 8))
            out.append(UInt8(~length & 0xFF))
            out.append(UInt8((~length >> 8) & 0xFF))
            out.append(contentsOf: bytes[start..<(start + length)])
            start += length
        } while start < bytes.count
        out.appendBigEndian(Checksum.adler32(bytes))
        return out
    }

    struct RGB: Hashable {
        var red: UInt8
        var green: UInt8
        var blue: UInt8

        /// From "#1F4E79".
        init(hex: String) {
            let value = UInt32(hex.dropFirst(), radix: 16) ?? 0
            red = UInt8((value >> 16) & 0xFF)
            green = UInt8((value >> 8) & 0xFF)
            blue = UInt8(value & 0xFF)
        }
    }
}

/// The two checksums PNG needs.
enum Checksum {
    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// CRC-32 (ISO 3309, as in PNG chunks and zip).
    static func crc32<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// Adler-32 (RFC 1950), the zlib trailer.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        // 5552 bytes is the most that can be summed before the 32-bit sums could overflow.
        var index = 0
        while index < bytes.count {
            let end = min(index + 5552, bytes.count)
            for byte in bytes[index..<end] {
                a += UInt32(byte)
                b += a
            }
            a %= 65_521
            b %= 65_521
            index = end
        }
        return (b << 16) | a
    }
}

extension Data {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }

    mutating func appendChunk(_ type: String, _ body: Data) {
        appendBigEndian(UInt32(body.count))
        let typed = Data(type.utf8) + body
        append(typed)
        appendBigEndian(Checksum.crc32(typed))
    }
}

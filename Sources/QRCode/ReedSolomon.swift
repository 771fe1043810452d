/// Reed–Solomon error correction over GF(2⁸) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D).
enum ReedSolomon {
    /// Splits the data codewords into the version's blocks and appends each block's error-correction codewords.
    static func blocks(_ data: [UInt8], spec: QRVersion) -> [[UInt8]] {
        let shortBlocks = spec.blocks - spec.rawCodewords % spec.blocks
        let shortDataLength = spec.rawCodewords / spec.blocks - spec.eccPerBlock
        let divisor = generator(degree: spec.eccPerBlock)
        var blocks: [[UInt8]] = []
        var offset = 0
        for number in 0..<spec.blocks {
            let length = shortDataLength + (number < shortBlocks ? 0 : 1)
            let block = Array(data[offset..<offset + length])
            offset += length
            blocks.append(block + remainder(block, divisor: divisor))
        }
        return blocks
    }

    /// The generator polynomial ∏ (x − αⁱ) for i in 0..<degree, highest term dropped, coefficients high to low.
    static func generator(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    /// The remainder of data · x^degree divided by the generator: the error-correction codewords.
    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in result.indices { result[index] ^= multiply(divisor[index], factor) }
        }
        return result
    }

    /// Multiplication in GF(2⁸) modulo 0x11D, by shifts (Russian peasant).
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= Int((y >> UInt8(bit)) & 1) * Int(x)
        }
        return UInt8(product & 0xFF)
    }
}

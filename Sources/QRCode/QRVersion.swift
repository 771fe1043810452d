/// The layout figures of one version at level M: codeword counts, block structure, alignment positions.
struct QRVersion {
    let number: Int

    init(_ number: Int) {
        precondition((1...40).contains(number), "QR versions run from 1 to 40")
        self.number = number
    }

    var size: Int { 17 + 4 * number }

    /// Error-correction codewords per block at level M, by version (ISO/IEC 18004 table 9).
    static let eccPerBlock = [
        0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
        26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ]
    /// Error-correction blocks at level M, by version (same table).
    static let blockCount = [
        0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
        17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ]

    var eccPerBlock: Int { Self.eccPerBlock[number] }
    var blocks: Int { Self.blockCount[number] }

    /// Modules left for data and error correction once the function patterns are drawn.
    var rawDataModules: Int {
        var modules = (16 * number + 128) * number + 64
        if number >= 2 {
            let alignments = number / 7 + 2
            modules -= (25 * alignments - 10) * alignments - 55
            if number >= 7 { modules -= 36 }
        }
        return modules
    }

    var rawCodewords: Int { rawDataModules / 8 }
    var dataCodewordCount: Int { rawCodewords - eccPerBlock * blocks }

    /// The byte-mode character count field: 8 bits up to version 9, 16 after.
    var countBits: Int { number <= 9 ? 8 : 16 }

    /// Bytes that fit: mode (4 bits) and count before them.
    var byteCapacity: Int { (dataCodewordCount * 8 - 4 - countBits) / 8 }

    /// Centre coordinates of the alignment patterns along each axis.
    var alignmentPositions: [Int] {
        guard number > 1 else { return [] }
        let count = number / 7 + 2
        let step = number == 32 ? 26 : (number * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        var positions = [6]
        var position = size - 7
        var tail: [Int] = []
        for _ in 1..<count {
            tail.insert(position, at: 0)
            position -= step
        }
        positions += tail
        return positions
    }

    /// The data codewords: mode 0100, count, bytes, terminator, padding to whole bytes, then the
    /// alternating pad bytes 0xEC 0x11 to fill the capacity.
    func dataCodewords(for bytes: [UInt8]) -> [UInt8] {
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: countBits)
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacity = dataCodewordCount * 8
        bits.append(0, count: min(4, capacity - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < dataCodewordCount {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Data and error-correction codewords of all blocks, interleaved column by column as the symbol stores them.
    func interleave(_ blocks: [[UInt8]]) -> [UInt8] {
        let shortBlocks = self.blocks - rawCodewords % self.blocks
        let shortDataLength = rawCodewords / self.blocks - eccPerBlock
        var result: [UInt8] = []
        // Every block counts as one codeword longer than a short block; a short block has a gap where a
        // long one has its last data codeword, and the gap is skipped.
        let paddedLength = shortDataLength + 1 + eccPerBlock
        for index in 0..<paddedLength {
            for (number, block) in blocks.enumerated() {
                // Short blocks have one data codeword fewer; they skip that column.
                if index == shortDataLength && number < shortBlocks { continue }
                let position = number < shortBlocks && index > shortDataLength ? index - 1 : index
                if position < block.count { result.append(block[position]) }
            }
        }
        return result
    }
}

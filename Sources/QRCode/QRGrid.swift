/// The module grid while a code is drawn: function patterns first, then data, then a mask.
struct QRGrid {
    let version: Int
    let size: Int
    /// `modules[row][column]`, true for dark.
    var modules: [[Bool]]
    /// Modules that belong to finder, timing, alignment, format and version patterns: never data, never masked.
    var isFunction: [[Bool]]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        modules = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = modules
    }

    mutating func set(column: Int, row: Int, _ dark: Bool) {
        modules[row][column] = dark
        isFunction[row][column] = true
    }

    mutating func drawFunctionPatterns() {
        for index in 0..<size {
            set(column: 6, row: index, index % 2 == 0)
            set(column: index, row: 6, index % 2 == 0)
        }
        drawFinder(column: 3, row: 3)
        drawFinder(column: size - 4, row: 3)
        drawFinder(column: 3, row: size - 4)
        let positions = QRVersion(version).alignmentPositions
        for (i, row) in positions.enumerated() {
            for (j, column) in positions.enumerated() {
                // The three corners hold finder patterns instead.
                let corner = (i == 0 && j == 0) || (i == 0 && j == positions.count - 1) || (i == positions.count - 1 && j == 0)
                if !corner { drawAlignment(column: column, row: row) }
            }
        }
        // Reserve the format areas now (the real bits come with the mask), and draw the version.
        drawFormatBits(mask: 0)
        drawVersion()
    }

    /// A 7×7 finder with its light separator ring, clipped at the edges.
    private mutating func drawFinder(column: Int, row: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = column + dx, y = row + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let distance = max(abs(dx), abs(dy))
                set(column: x, row: y, distance != 2 && distance != 4)
            }
        }
    }

    private mutating func drawAlignment(column: Int, row: Int) {
        for dy in -2...2 {
            for dx in -2...2 { set(column: column + dx, row: row + dy, max(abs(dx), abs(dy)) != 1) }
        }
    }

    /// The 15 format bits (level M = 00, the mask), BCH-protected and XORed with 101010000010010, twice.
    mutating func drawFormatBits(mask: Int) {
        let data = (0b00 << 3) | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = ((data << 10) | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(column: 8, row: index, bit(index)) }
        set(column: 8, row: 7, bit(6))
        set(column: 8, row: 8, bit(7))
        set(column: 7, row: 8, bit(8))
        for index in 9..<15 { set(column: 14 - index, row: 8, bit(index)) }
        for index in 0..<8 { set(column: size - 1 - index, row: 8, bit(index)) }
        for index in 8..<15 { set(column: 8, row: size - 15 + index, bit(index)) }
        // The one module that is always dark.
        set(column: 8, row: size - 8, true)
    }

    /// The 18 version bits (versions 7 and up), BCH-protected, in the two 6×3 blocks.
    private mutating func drawVersion() {
        guard version >= 7 else { return }
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = (version << 12) | remainder
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3, b = index / 3
            set(column: a, row: b, dark)
            set(column: b, row: a, dark)
        }
    }

    /// Places the codewords in the two-column zigzag from the bottom right, skipping function modules
    /// and the vertical timing column.
    mutating func drawCodewords(_ codewords: [UInt8]) {
        var bitIndex = 0
        let totalBits = codewords.count * 8
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for offset in 0..<2 {
                    let column = right - offset
                    let upward = (right + 1) & 2 == 0
                    let row = upward ? size - 1 - vertical : vertical
                    guard !isFunction[row][column], bitIndex < totalBits else { continue }
                    modules[row][column] = (codewords[bitIndex >> 3] >> (7 - UInt8(bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// XORs one of the eight standard masks over the data modules.
    mutating func apply(mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row][column] {
                let x = column, y = row
                let invert = switch mask {
                case 0: (x + y) % 2 == 0
                case 1: y % 2 == 0
                case 2: x % 3 == 0
                case 3: (x + y) % 3 == 0
                case 4: (x / 3 + y / 2) % 2 == 0
                case 5: x * y % 2 + x * y % 3 == 0
                case 6: (x * y % 2 + x * y % 3) % 2 == 0
                default: ((x + y) % 2 + x * y % 3) % 2 == 0
                }
                if invert { modules[row][column].toggle() }
            }
        }
    }
}

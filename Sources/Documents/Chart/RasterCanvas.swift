/// A palette-indexed pixel grid with the few drawing operations the chart fallback needs.
struct RasterCanvas {
    let width: Int
    let height: Int
    private(set) var pixels: [UInt8]

    init(width: Int, height: Int, background: UInt8 = 0) {
        self.width = width
        self.height = height
        pixels = Array(repeating: background, count: width * height)
    }

    /// Fills the pixels whose centres fall in the rectangle, clipped to the canvas.
    mutating func fill(x: Double, y: Double, width w: Double, height h: Double, colour: UInt8) {
        let left = max(0, Int((x).rounded())), right = min(width, Int((x + w).rounded()))
        let top = max(0, Int((y).rounded())), bottom = min(height, Int((y + h).rounded()))
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            let base = row * width
            for column in left..<right { pixels[base + column] = colour }
        }
    }

    /// A vertical dashed line: `dash` pixels on, `gap` off, from `y` down to `bottom`.
    mutating func dashedVerticalLine(x: Double, y: Double, bottom: Double, thickness: Double, dash: Double,
                                     gap: Double, colour: UInt8) {
        var top = y
        while top < bottom {
            fill(x: x - thickness / 2, y: top, width: thickness, height: min(dash, bottom - top), colour: colour)
            top += dash + gap
        }
    }

    enum Anchor { case start, middle, end }

    /// Writes digits and dots with the built-in bitmap font; `baseline` is the bottom of the glyphs.
    mutating func write(_ text: String, x: Double, baseline: Double, pixel: Int, anchor: Anchor, colour: UInt8) {
        let glyphs = text.compactMap { BitmapDigits.glyphs[$0] }
        let advance = (BitmapDigits.width + 1) * pixel
        let total = glyphs.count * advance - pixel
        var left: Int
        switch anchor {
        case .start: left = Int(x.rounded())
        case .middle: left = Int(x.rounded()) - total / 2
        case .end: left = Int(x.rounded()) - total
        }
        let top = Int(baseline.rounded()) - BitmapDigits.height * pixel
        for glyph in glyphs {
            for (row, bits) in glyph.enumerated() {
                for column in 0..<BitmapDigits.width where bits & (1 << (BitmapDigits.width - 1 - column)) != 0 {
                    fill(
                        x: Double(left + column * pixel), y: Double(top + row * pixel),
                        width: Double(pixel), height: Double(pixel), colour: colour)
                }
            }
            left += advance
        }
    }
}

/// A 5×7 pixel font of the characters scores and the legend are written with.
enum BitmapDigits {
    static let width = 5
    static let height = 7
    static let glyphs: [Character: [UInt8]] = [
        "0": [0b01110, 0b10001, 0b10011, 0b10101, 0b11001, 0b10001, 0b01110],
        "1": [0b00100, 0b01100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110],
        "2": [0b01110, 0b10001, 0b00001, 0b00010, 0b00100, 0b01000, 0b11111],
        "3": [0b11111, 0b00010, 0b00100, 0b00010, 0b00001, 0b10001, 0b01110],
        "4": [0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010],
        "5": [0b11111, 0b10000, 0b11110, 0b00001, 0b00001, 0b10001, 0b01110],
        "6": [0b00110, 0b01000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110],
        "7": [0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000],
        "8": [0b01110, 0b10001, 0b10001, 0b01110, 0b10001, 0b10001, 0b01110],
        "9": [0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100],
        ".": [0b00000, 0b00000, 0b00000, 0b00000, 0b00000, 0b01100, 0b01100],
        "<": [0b00011, 0b00100, 0b01000, 0b10000, 0b01000, 0b00100, 0b00011],
        "≥": [0b11000, 0b00110, 0b00001, 0b00110, 0b11000, 0b00000, 0b11111],
    ]
}

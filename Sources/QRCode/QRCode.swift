/// A QR code (ISO/IEC 18004, Model 2) in byte mode at error-correction level M, drawn as modules.
///
/// Level M restores up to about 15 % of damaged codewords: enough for a poster that gets scuffed,
/// folded or photographed at an angle, while keeping a URL in a small version. The smallest version
/// that holds the data is chosen, and the mask with the lowest penalty, as the standard prescribes.
public struct QRCode: Sendable, Hashable {
    /// 1…40.
    public let version: Int
    /// Modules per side: 17 + 4 × version.
    public let size: Int
    /// 0…7.
    public let mask: Int
    /// `modules[row][column]`, true for dark.
    public let modules: [[Bool]]

    /// The code for these bytes, or `.tooLong` beyond version 40's 2331 bytes.
    public static func encode(_ bytes: [UInt8]) throws(QRCodeError) -> QRCode {
        guard let version = (1...40).first(where: { bytes.count <= QRVersion($0).byteCapacity }) else {
            throw QRCodeError.tooLong(bytes.count)
        }
        let spec = QRVersion(version)
        let codewords = spec.interleave(ReedSolomon.blocks(spec.dataCodewords(for: bytes), spec: spec))
        var grid = QRGrid(version: version)
        grid.drawFunctionPatterns()
        grid.drawCodewords(codewords)
        var best: (mask: Int, grid: QRGrid, penalty: Int)?
        for mask in 0..<8 {
            var candidate = grid
            candidate.apply(mask: mask)
            candidate.drawFormatBits(mask: mask)
            let penalty = candidate.penalty
            if best == nil || penalty < best!.penalty { best = (mask, candidate, penalty) }
        }
        let chosen = best!
        return QRCode(version: version, size: chosen.grid.size, mask: chosen.mask, modules: chosen.grid.modules)
    }

    /// The code for a text's UTF-8 bytes (a URL, typically).
    public static func encode(text: String) throws(QRCodeError) -> QRCode {
        try encode(Array(text.utf8))
    }
}

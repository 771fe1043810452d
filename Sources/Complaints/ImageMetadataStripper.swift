import Foundation

/// Removes what photos say about their taker before they are sealed: EXIF (with GPS position, camera
/// serial and time), XMP, IPTC and comments from JPEGs; text and EXIF chunks from PNGs.
/// The picture itself is untouched. Other types are returned as they are.
public enum ImageMetadataStripper {
    public static func strip(_ bytes: Data, mimeType: String) -> Data {
        switch mimeType {
        case "image/jpeg": stripJPEG(bytes) ?? bytes
        case "image/png": stripPNG(bytes) ?? bytes
        default: bytes
        }
    }

    /// JPEG segments up to the image data: APP1 (EXIF, XMP), APP2–APP15 except APP14 (Adobe colour
    /// transform, needed to show the picture), and COM are dropped. Nil for a stream it cannot follow.
    static func stripJPEG(_ input: Data) -> Data? {
        let bytes = [UInt8](input)
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var output: [UInt8] = [0xFF, 0xD8]
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            // Start of scan: everything after is image data; keep it all.
            if marker == 0xDA {
                output.append(contentsOf: bytes[index...])
                return Data(output)
            }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            guard length >= 2, index + 2 + length <= bytes.count else { return nil }
            let drop = marker == 0xFE || ((0xE1...0xEF).contains(marker) && marker != 0xEE)
            if !drop { output.append(contentsOf: bytes[index..<index + 2 + length]) }
            index += 2 + length
        }
        return nil
    }

    /// PNG chunks tEXt, zTXt, iTXt, eXIf and tIME are dropped; every other chunk is kept in order.
    static func stripPNG(_ input: Data) -> Data? {
        let bytes = [UInt8](input)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 8, Array(bytes[0..<8]) == signature else { return nil }
        var output = signature
        var index = 8
        let dropped: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]
        while index + 12 <= bytes.count {
            let length = Int(bytes[index]) << 24 | Int(bytes[index + 1]) << 16 | Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let end = index + 12 + length
            guard length >= 0, end <= bytes.count else { return nil }
            let type = String(decoding: bytes[index + 4..<index + 8], as: UTF8.self)
            if !dropped.contains(type) { output.append(contentsOf: bytes[index..<end]) }
            index = end
            if type == "IEND" { return Data(output) }
        }
        return nil
    }
}

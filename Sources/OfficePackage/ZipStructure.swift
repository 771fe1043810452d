import Foundation

/// Checks that a zip's directory points only inside the file before ZIPFoundation reads it.
///
/// ZIPFoundation's in-memory reader traps (ends the whole server) when an entry's local header offset
/// or size points past the end of the data, which fuzzing found with a 2 KB .docx. Any anonymous
/// attachment reaches this reader, so the structure is checked here first, in one linear pass over the
/// central directory: every offset and size must stay inside the bytes really received.
enum ZipStructure {
    /// Throws `CocoaError(.fileReadCorruptFile)` for a zip whose directory or entries leave the data,
    /// and for zip64 archives, which no Office document of the sizes accepted here needs.
    static func validate(_ data: Data) throws {
        let bytes = [UInt8](data)
        guard let end = endOfCentralDirectory(bytes) else { throw corrupt }
        let entries = Int(u16(bytes, end + 10))
        let directorySize = Int(u32(bytes, end + 12))
        let directoryOffset = Int(u32(bytes, end + 16))
        guard entries != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF,
            directoryOffset + directorySize <= end
        else { throw corrupt }
        var position = directoryOffset
        var seen = 0
        while position < directoryOffset + directorySize {
            guard position + 46 <= directoryOffset + directorySize, u32(bytes, position) == 0x0201_4b50 else { throw corrupt }
            let compressedSize = Int(u32(bytes, position + 20))
            let nameLength = Int(u16(bytes, position + 28))
            let extraLength = Int(u16(bytes, position + 30))
            let commentLength = Int(u16(bytes, position + 32))
            let localOffset = Int(u32(bytes, position + 42))
            guard compressedSize != 0xFFFF_FFFF, localOffset != 0xFFFF_FFFF, localOffset + 30 <= bytes.count,
                u32(bytes, localOffset) == 0x0403_4b50
            else { throw corrupt }
            // The reader takes the sizes from either record, and reads a data descriptor (up to 16 bytes)
            // after the data when flag bit 3 is set: all of it must be inside the file.
            let localCompressedSize = Int(u32(bytes, localOffset + 18))
            let descriptor = u16(bytes, localOffset + 6) & 0x0008 != 0 ? 16 : 0
            let localExtent = localOffset + 30 + Int(u16(bytes, localOffset + 26)) + Int(u16(bytes, localOffset + 28))
                + max(compressedSize, localCompressedSize == 0xFFFF_FFFF ? 0 : localCompressedSize) + descriptor
            guard localCompressedSize != 0xFFFF_FFFF, localExtent <= bytes.count else { throw corrupt }
            position += 46 + nameLength + extraLength + commentLength
            seen += 1
        }
        guard position == directoryOffset + directorySize, seen == entries else { throw corrupt }
    }

    private static let corrupt = CocoaError(.fileReadCorruptFile)

    /// The position of the end-of-central-directory record: the last signature within the 22-byte
    /// record plus the longest comment (65,535 bytes) from the end, as zip readers search for it.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var position = bytes.count - 22
        while position >= lowest {
            if bytes[position] == 0x50, u32(bytes, position) == 0x0605_4b50 { return position }
            position -= 1
        }
        return nil
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}

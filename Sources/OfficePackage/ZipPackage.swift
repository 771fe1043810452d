import Foundation
import ZIPFoundation

/// Zips and unzips the parts of an Office package (.docx, .xlsx) in memory: the documents Prongsai writes,
/// and the attachments it cleans before sealing them.
public enum ZipPackage {
    /// 1 January 2000, 00:00 UTC (ZIPFoundation writes it with gmtime): fixed, so the same document
    /// always gives the same bytes.
    public static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    /// Throws only if ZIPFoundation fails to write its in-memory archive. XML parts (`.xml`, `.rels`) lose
    /// the characters XML 1.0 forbids, so text typed into a field can never make the file unreadable.
    public static func data(_ parts: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = isXMLPart(part.path) ? XMLCharacters.removingForbidden(part.data) : part.data
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The files of a package in their order, unpacked. Throws `CocoaError(.fileReadCorruptFile)` for
    /// bytes that are not a zip or a damaged part, and `ZipRefusal` as soon as the parts inflate past
    /// `limits`: sizes are counted on the bytes really inflated, never taken from what the zip claims.
    public static func parts(of package: Data, limits: ZipLimits) throws -> [(path: String, data: Data)] {
        try ZipStructure.validate(package)
        // Untrusted bytes are read from a temporary file, not from memory: ZIPFoundation's in-memory
        // reader traps when a damaged entry makes it seek past the end (fuzzing found such files),
        // where reading a file past its end only comes up short.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-zip-\(UUID().uuidString)")
        do { try package.write(to: file, options: .atomic) } catch { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(at: file) }
        let archive: Archive
        do { archive = try Archive(url: file, accessMode: .read) } catch { throw CocoaError(.fileReadCorruptFile) }
        var entries: [Entry] = []
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else { throw ZipRefusal(reason: .tooManyEntries, path: entry.path, inflatedBytes: 0) }
            // A part name with a control character (a NUL among them) is no Office part, and ZIPFoundation
            // writes such a name back shorter than it counts it, which traps when the package is rewritten.
            guard !entry.path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                throw CocoaError(.fileReadCorruptFile)
            }
            if entry.type == .file { entries.append(entry) }
        }
        var counter = InflationCounter(limits: limits)
        return try entries.map { entry in
            var bytes = Data()
            counter.start(entry.path, compressedSize: Int(clamping: entry.compressedSize))
            do {
                _ = try archive.extract(entry, bufferSize: limits.chunkBytes, skipCRC32: false) { chunk in
                    try counter.count(chunk.count)
                    bytes.append(chunk)
                }
            } catch let refusal as ZipRefusal {
                throw refusal
            } catch {
                throw CocoaError(.fileReadCorruptFile)
            }
            return (entry.path, bytes)
        }
    }

    /// As `parts(of:limits:)` with the default limits, and at most `unpackedLimit` bytes in all.
    public static func parts(of package: Data, unpackedLimit: Int = ZipLimits.attachment.totalBytes) throws -> [(path: String, data: Data)] {
        return try parts(of: package, limits: .attachment(upTo: unpackedLimit))
    }

    static func isXMLPart(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xml") || lower.hasSuffix(".rels")
    }
}

import Foundation
import ZIPFoundation

/// Zips and unzips the parts of an Office package (.docx, .xlsx) in memory: the documents Prongsai writes,
/// and the attachments it cleans before sealing them.
public enum ZipPackage {
    /// 1 January 2000, 00:00 UTC (ZIPFoundation writes it with gmtime): fixed, so the same document
    /// always gives the same bytes.
    public static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    /// Throws only if ZIPFoundation fails to write its in-memory archive.
    public static func data(_ parts: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = part.data
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

    /// The files of a package in their order, unpacked. Throws for bytes that are not a zip, a damaged
    /// part, or parts that would unpack to more than `unpackedLimit` bytes (a zip bomb).
    public static func parts(of package: Data, unpackedLimit: Int = 200 * 1024 * 1024) throws -> [(path: String, data: Data)] {
        let archive = try Archive(data: package, accessMode: .read)
        let entries = archive.filter { $0.type == .file }
        guard entries.reduce(0, { $0 + Int($1.uncompressedSize) }) <= unpackedLimit else {
            throw CocoaError(.fileReadTooLarge)
        }
        return try entries.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            return (entry.path, bytes)
        }
    }
}

import Foundation
import ZIPFoundation

/// Zips the parts of an Office package (.docx, .xlsx) in memory.
enum ZipPackage {
    /// 1 January 2000, 00:00 UTC (ZIPFoundation writes it with gmtime): fixed, so the same document
    /// always gives the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    /// Throws only if ZIPFoundation fails to write its in-memory archive.
    static func data(_ parts: [(path: String, data: Data)]) throws -> Data {
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
}

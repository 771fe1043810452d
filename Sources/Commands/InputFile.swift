import Foundation

/// Reads a file named on the command line, or fails saying which file and why.
enum InputFile {
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(location: path, messageTH: "ไม่พบไฟล์", messageEN: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure(location: path, messageTH: "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", messageEN: "is a folder, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(location: path, messageTH: "อ่านไฟล์ไม่ได้", messageEN: "cannot be read")
        }
        return data
    }

    static func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

    /// Writes output, creating folders as needed, or fails naming the path.
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw CommandFailure(location: path, messageTH: "เขียนไฟล์ไม่ได้", messageEN: "cannot be written: \(error.localizedDescription)")
        }
    }
}

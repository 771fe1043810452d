import Foundation
import Importing

/// Where commands write: results to stdout, warnings and errors to stderr.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// One line per warning, naming the file and line: "file:37: field: Thai / English".
    static func warnings(_ warnings: [ImportWarning], file: String) {
        for warning in warnings {
            let line = warning.line.map { ":\($0)" } ?? ""
            error("\(file)\(line): คำเตือน/warning: \(warning.field): \(warning.messageTH) / \(warning.messageEN)")
        }
    }
}

import ArgumentParser
import Criteria
import Foundation
import Importing
import Scoring

/// An error the user can act on: what is wrong and where, in Thai and English.
struct CommandFailure: Error, CustomStringConvertible {
    /// "file:line: field", or just the file.
    var location: String
    var messageTH: String
    var messageEN: String

    var description: String {
        let place = location.isEmpty ? "" : "\(location): "
        return "\(place)\(messageTH)\n\(place)\(messageEN)"
    }
}

extension CommandFailure {
    init(_ error: ImportError, file: String) {
        var place = error.fileName ?? file
        if let line = error.line { place += ":\(line)" }
        if !error.field.isEmpty { place += ": \(error.field)" }
        self.init(location: place, messageTH: error.messageTH, messageEN: error.messageEN)
    }

    init(_ error: ScoringError, file: String) {
        self.init(location: "\(file): \(error.subject)", messageTH: error.messageTH, messageEN: error.messageEN)
    }

    init(_ error: CriteriaError) {
        let place = error.path.isEmpty ? error.file : "\(error.file): \(error.path)"
        self.init(
            location: place, messageTH: "ไฟล์เกณฑ์ไม่ถูกต้อง (\(error.reason))",
            messageEN: "the criteria file is refused: \(error.reason)")
    }
}

/// Runs a command body and turns every known error into a clear message and a non-zero exit.
func reportingFailures(file: String, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let failure as CommandFailure {
        Console.error(failure.description)
        throw ExitCode(65)
    } catch let error as ImportError {
        Console.error(CommandFailure(error, file: file).description)
        throw ExitCode(65)
    } catch let error as ScoringError {
        Console.error(CommandFailure(error, file: file).description)
        throw ExitCode(65)
    } catch let error as CriteriaError {
        Console.error(CommandFailure(error).description)
        throw ExitCode(65)
    }
}

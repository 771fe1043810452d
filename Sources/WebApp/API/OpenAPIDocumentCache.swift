import Foundation
import Hummingbird
import Synchronization

/// The document's bytes, built on the first request and kept: the routes do not change while the server runs.
final class OpenAPIDocumentCache: Sendable {
    private let bytes = Mutex<ByteBuffer?>(nil)

    func document(_ build: () -> OpenAPIDocument) -> ByteBuffer {
        bytes.withLock { bytes in
            if let bytes { return bytes }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            let built = ByteBuffer(bytes: (try? encoder.encode(build().json)) ?? Data("{}".utf8))
            bytes = built
            return built
        }
    }
}

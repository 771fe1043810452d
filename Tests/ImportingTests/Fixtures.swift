import Criteria
import Foundation
import Planning
@testable import Importing

/// The shared test inputs: the fixture files and the bundled criteria.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    static let catalog = try! CriteriaCatalog.bundled()

    static let documentName = "thapkhlo-measures-2566.txt"

    /// The fixture document imported once and shared by the suites that only read the result.
    static let importedDocument = Result { () throws -> ImportResult<MeasuresPlan> in
        try PublishedDocumentImporter(catalog: catalog).importPlan(data: data(documentName), fileName: documentName)
    }
}

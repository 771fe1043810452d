// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for the parsers that take untrusted bytes, built apart from the main package so the
// normal build never sees `-sanitize=fuzzer`. `scripts/fuzz` builds it with
//     swift build --package-path Fuzz --scratch-path .build-fuzz --sanitize=fuzzer
// which instruments every module, the parsers under test included, and links libFuzzer's own `main`.
//
// The main package exports no library products, so the modules under test are compiled here from the same
// source folders, through the symlinks in `Sources/Mirrored` (→ ../../../Sources/<Target>). Their
// dependencies below must follow the main Package.swift; a drift shows as a build error, never silently.
let mirroredSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]
// libFuzzer supplies `main`; each fuzz target only exports `LLVMFuzzerTestOneInput`.
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

func mirrored(
    _ name: String, _ dependencies: [Target.Dependency] = [], resources: [Resource]? = nil
) -> Target {
    .target(
        name: name, dependencies: dependencies, path: "Sources/Mirrored/\(name)", resources: resources,
        swiftSettings: mirroredSettings)
}

let package = Package(
    name: "ProngsaiFuzz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fuzz-document", targets: ["FuzzDocument"]),
        .executable(name: "fuzz-csv", targets: ["FuzzCSV"]),
        .executable(name: "fuzz-json", targets: ["FuzzJSON"]),
        .executable(name: "fuzz-criteria", targets: ["FuzzCriteria"]),
        .executable(name: "fuzz-attachments", targets: ["FuzzAttachments"]),
        .executable(name: "fuzz-zip", targets: ["FuzzZip"]),
        .executable(name: "fuzz-multipart", targets: ["FuzzMultipart"]),
    ],
    dependencies: [
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        mirrored("ThaiText"),
        mirrored("Criteria", ["ThaiText"], resources: [.copy("Resources/years"), .copy("Resources/topics.json")]),
        mirrored("Scoring", ["Criteria"]),
        mirrored("Planning", ["Criteria", "Scoring", "ThaiText"], resources: [.copy("Resources/measure-templates.json")]),
        mirrored("Workbench", ["Planning", "Scoring", "ThaiText"]),
        mirrored("Importing", ["Criteria", "Scoring", "Planning", "ThaiText"]),
        mirrored("OfficePackage", [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        mirrored("Complaints", ["Workbench", "ThaiText", "OfficePackage"]),

        // The published measures document's text → PublishedDocumentImporter.
        .executableTarget(name: "FuzzDocument", dependencies: ["Importing", "Criteria"], swiftSettings: fuzzSettings),
        // A results CSV → ResultsCSVImporter.
        .executableTarget(name: "FuzzCSV", dependencies: ["Importing", "Criteria"], swiftSettings: fuzzSettings),
        // A results JSON → ResultsJSONImporter.
        .executableTarget(name: "FuzzJSON", dependencies: ["Importing", "Criteria"], swiftSettings: fuzzSettings),
        // A criteria year file → CriteriaLoader (decode and validate).
        .executableTarget(name: "FuzzCriteria", dependencies: ["Criteria"], swiftSettings: fuzzSettings),
        // Any attachment → AttachmentMetadataStripper for every kind (PDF, PNG, JPEG, .docx, .xlsx).
        .executableTarget(
            name: "FuzzAttachments", dependencies: ["Complaints", "Workbench", "OfficePackage"], swiftSettings: fuzzSettings),
        // Any zip → ZipPackage.parts(of:limits:) with the attachment limits.
        .executableTarget(name: "FuzzZip", dependencies: ["OfficePackage"], swiftSettings: fuzzSettings),
        // A multipart body → MultipartBody.parse, compiled from WebApp's own file (a symlink) with a small
        // stand-in for FormData and WebError, so the fuzzer needs neither Hummingbird nor the web stack.
        .executableTarget(name: "FuzzMultipart", swiftSettings: fuzzSettings),
    ],
    swiftLanguageModes: [.v6]
)

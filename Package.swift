// swift-tools-version: 6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Prongsai",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "prongsai", targets: ["prongsai"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.25.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.70.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
    ],
    targets: [
        // Thai calendar and text rules: พ.ศ. years, fiscal years, Thai months, NFC. Pure.
        .target(name: "ThaiText", swiftSettings: swiftSettings),
        // ITA criteria per fiscal year, as bundled JSON data with a validating loader. Pure.
        .target(
            name: "Criteria",
            dependencies: ["ThaiText"],
            resources: [.copy("Resources/years"), .copy("Resources/topics.json")],
            swiftSettings: swiftSettings
        ),
        // Exact ITA scoring: indicators → instruments → total → level; OIT items; raw answers;
        // consistency checks of published tables. Pure.
        .target(name: "Scoring", dependencies: ["Criteria"], swiftSettings: swiftSettings),
        // The measures plan (analysis, measures, periods) and its drafting from a result. Pure.
        .target(
            name: "Planning",
            dependencies: ["Criteria", "Scoring", "ThaiText"],
            resources: [.copy("Resources/measure-templates.json")],
            swiftSettings: swiftSettings
        ),
        // The workbench's records: agencies, users and roles, stored plans, progress, evidence, audit. Pure.
        .target(name: "Workbench", dependencies: ["Planning", "Scoring", "ThaiText"], swiftSettings: swiftSettings),
        // Bytes in → core values out: the published document text, results CSV and JSON.
        .target(
            name: "Importing",
            dependencies: ["Criteria", "Scoring", "Planning", "ThaiText"],
            swiftSettings: swiftSettings
        ),
        // Office packages (.docx, .xlsx) zipped and unzipped in memory.
        .target(
            name: "OfficePackage", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings),
        // Core values → bytes out: print HTML, .docx, SVG chart, PDF through Chromium/LibreOffice.
        .target(
            name: "Documents",
            dependencies: ["Criteria", "Scoring", "Planning", "ThaiText", "OfficePackage"],
            resources: [.copy("Resources/fonts")],
            swiftSettings: swiftSettings
        ),
        // OIT disclosure: records per item, the checker, the score prediction, the answer sheet. Pure.
        .target(
            name: "Disclosure", dependencies: ["Criteria", "Scoring", "Planning", "ThaiText", "Workbench"],
            swiftSettings: swiftSettings),
        // Checks that disclosure links answer: HEAD then GET, bounded, on the agency's own domain only,
        // never to an internal address (a small HTTP client on NIO that connects to the address it checked).
        .target(
            name: "LinkChecking",
            dependencies: [
                "Disclosure", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings),
        // The complaint channel's records, statistics with small-cell protection, retention. Pure.
        .target(
            name: "Complaints", dependencies: ["Workbench", "ThaiText", "OfficePackage"], swiftSettings: swiftSettings),
        // Sealing complaints: per-report keys wrapped for officers, recovery and the reporter's receipt.
        .target(
            name: "ComplaintCrypto",
            dependencies: [
                "Complaints", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings),
        // QR codes (byte mode, level M) drawn as SVG. Pure.
        .target(name: "QRCode", swiftSettings: swiftSettings),
        // Repository interfaces and the in-memory adapter.
        .target(name: "Storage", dependencies: ["Workbench", "Disclosure", "Complaints"], swiftSettings: swiftSettings),
        // The SQLite adapter (GRDB, WAL): the embedded default.
        .target(
            name: "SQLiteStorage",
            dependencies: ["Storage", "Workbench", "Disclosure", "Complaints", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        // The PostgreSQL adapter (postgres-nio) for multi-agency hosting.
        .target(
            name: "PostgresStorage",
            dependencies: ["Storage", "Workbench", "Disclosure", "Complaints", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: swiftSettings
        ),
        // The example agency's real published document, bundled as data.
        .target(
            name: "ExampleData",
            resources: [.copy("Resources/thapkhlo-measures-2566.txt")],
            swiftSettings: swiftSettings
        ),
        // The web workbench: routes by feature, pages, JSON API. Sees only the storage interfaces.
        .target(
            name: "WebApp",
            dependencies: [
                "Criteria", "Scoring", "Planning", "Workbench", "Storage", "Importing", "Documents", "ThaiText",
                "Disclosure", "LinkChecking", "Complaints", "ComplaintCrypto", "QRCode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/assets")],
            swiftSettings: swiftSettings
        ),
        // Reads the configuration once, picks the storage adapter, seeds the first start, builds the app.
        .target(
            name: "Bootstrap",
            dependencies: [
                "WebApp", "Storage", "SQLiteStorage", "PostgresStorage", "Workbench", "Importing", "Criteria",
                "ExampleData",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // ArgumentParser subcommands: score, import, draft, report, demo, serve.
        .target(
            name: "Commands",
            dependencies: [
                "Criteria", "Scoring", "Planning", "Importing", "Documents", "ThaiText", "ExampleData", "Bootstrap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Helpers shared by the test targets (a seeded random generator).
        .target(name: "TestSupport", swiftSettings: swiftSettings),
        // The executable: hands over to Commands.
        .executableTarget(name: "prongsai", dependencies: ["Commands"], swiftSettings: swiftSettings),

        .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "DisclosureTests", dependencies: ["Disclosure", "Criteria", "Scoring", "Planning", "ThaiText", "Workbench"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LinkCheckingTests",
            dependencies: [
                "LinkChecking", "Disclosure",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "ComplaintsTests",
            dependencies: ["Complaints", "ComplaintCrypto", "Workbench", "ThaiText", "OfficePackage", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"], swiftSettings: swiftSettings),
        .testTarget(name: "CriteriaTests", dependencies: ["Criteria"], swiftSettings: swiftSettings),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring", "Criteria", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "Scoring", "Criteria", "ThaiText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ImportingTests",
            dependencies: ["Importing", "Planning", "Scoring", "Criteria", "ThaiText", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DocumentsTests",
            dependencies: [
                "Documents", "Importing", "Planning", "Scoring", "Criteria", "ThaiText", "Complaints", "OfficePackage",
                "ZIPFoundation",
            ],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: [
                "Storage", "SQLiteStorage", "PostgresStorage", "Workbench", "Planning", "Scoring", "ThaiText",
                "Disclosure", "Complaints",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                "WebApp", "Bootstrap", "Storage", "Workbench", "Planning", "ThaiText", "ExampleData", "ZIPFoundation",
                "OfficePackage",
                "Disclosure", "LinkChecking", "Complaints", "ComplaintCrypto", "QRCode", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CommandsTests", dependencies: ["Commands", "prongsai"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)

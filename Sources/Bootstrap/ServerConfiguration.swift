import Foundation

/// Everything `serve` needs to know, read once from flags and the environment.
public struct ServerConfiguration: Sendable {
    public enum Database: Sendable, Equatable {
        /// The embedded default: a SQLite file in the data folder.
        case sqlite(path: String)
        /// A PostgreSQL server, for hosting many agencies.
        case postgres(url: String)
    }

    public var host: String
    public var port: Int
    /// Where the SQLite file lives (and anything else kept on disk).
    public var dataDirectory: String
    public var database: Database
    /// Set `Secure` on cookies: when Prongsai sits behind TLS.
    public var secureCookies: Bool
    public var bcryptCost: UInt8
    /// Load the example agency on first start (on by default; tests may turn it off).
    public var seedExample: Bool
    /// Seconds between two rounds of the disclosure watch (review windows only); 0 turns it off.
    public var watchIntervalSeconds: Int
    /// The bearer token `/metrics` asks for; without one `/metrics` answers 404.
    public var metricsToken: String?
    /// Anonymous complaint filings accepted per agency and in total, per clock hour.
    public var filingLimit: (perAgency: Int, total: Int) = (60, 600)
    /// Link checks may reach loopback addresses (a fake agency website in tests). Only test code sets it:
    /// `resolve` never does.
    public var linkCheckAllowsLoopbackForTests = false

    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "prongsai-data", database: Database? = nil,
        secureCookies: Bool = false, bcryptCost: UInt8 = 12, seedExample: Bool = true, watchIntervalSeconds: Int = 600,
        metricsToken: String? = nil
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.database = database ?? .sqlite(path: URL(fileURLWithPath: dataDirectory).appendingPathComponent("prongsai.sqlite").path)
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.seedExample = seedExample
        self.watchIntervalSeconds = watchIntervalSeconds
        self.metricsToken = metricsToken
    }

    /// Flags win over the environment: `PRONGSAI_DATABASE_URL`, `PRONGSAI_PORT`, `PRONGSAI_DATA`,
    /// `PRONGSAI_SECURE_COOKIES=1`, `PRONGSAI_WATCH_INTERVAL` (seconds, 0 = off), `PRONGSAI_METRICS_TOKEN`,
    /// `PRONGSAI_FILING_LIMIT` ("per agency/in total" reports an hour, default 60/600).
    public static func resolve(
        host: String?, port: Int?, data: String?, database: String?, secureCookies: Bool, metricsToken: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ServerConfiguration {
        let dataDirectory = data ?? environment["PRONGSAI_DATA"] ?? "prongsai-data"
        let resolvedPort = try port ?? environment["PRONGSAI_PORT"].map { text in
            guard let value = Int(text), (0...65535).contains(value) else {
                throw ConfigurationError(field: "PRONGSAI_PORT", messageTH: "พอร์ตไม่ถูกต้อง: \(text)", messageEN: "not a port number: \(text)")
            }
            return value
        } ?? 8080
        var databaseChoice: Database?
        if let url = database ?? environment["PRONGSAI_DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                databaseChoice = .postgres(url: url)
            } else if url.hasPrefix("sqlite:") {
                databaseChoice = .sqlite(path: String(url.dropFirst("sqlite:".count)))
            } else {
                throw ConfigurationError(
                    field: "--database", messageTH: "รองรับเฉพาะ postgres://… หรือ sqlite:ไฟล์",
                    messageEN: "use postgres://… or sqlite:FILE")
            }
        }
        let watch = try environment["PRONGSAI_WATCH_INTERVAL"].map { text in
            guard let seconds = Int(text), seconds >= 0 else {
                throw ConfigurationError(
                    field: "PRONGSAI_WATCH_INTERVAL", messageTH: "ช่วงเวลาไม่ถูกต้อง: \(text)", messageEN: "not a number of seconds: \(text)")
            }
            return seconds
        } ?? 600
        let filingLimit = try environment["PRONGSAI_FILING_LIMIT"].map { text -> (Int, Int) in
            let parts = text.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 2, parts.allSatisfy({ $0 > 0 }) else {
                throw ConfigurationError(
                    field: "PRONGSAI_FILING_LIMIT", messageTH: "ต้องเป็น ต่อหน่วยงาน/รวม เช่น 60/600: \(text)",
                    messageEN: "use per-agency/total, such as 60/600: \(text)")
            }
            return (parts[0], parts[1])
        } ?? (60, 600)
        let token = (metricsToken ?? environment["PRONGSAI_METRICS_TOKEN"]).flatMap { $0.isEmpty ? nil : $0 }
        var configuration = ServerConfiguration(
            host: host ?? environment["PRONGSAI_HOST"] ?? "127.0.0.1", port: resolvedPort, dataDirectory: dataDirectory,
            database: databaseChoice, secureCookies: secureCookies || environment["PRONGSAI_SECURE_COOKIES"] == "1",
            watchIntervalSeconds: watch, metricsToken: token)
        configuration.filingLimit = filingLimit
        // Only the browser tests set this: their stand-in agency website runs on 127.0.0.1, which the
        // link checker otherwise refuses as an internal address.
        configuration.linkCheckAllowsLoopbackForTests = environment["PRONGSAI_TEST_ALLOW_LOOPBACK_LINKS"] == "1"
        return configuration
    }
}

/// A setting that cannot be used, named in Thai and English.
public struct ConfigurationError: Error, CustomStringConvertible {
    public var field: String
    public var messageTH: String
    public var messageEN: String

    public var description: String { "\(field): \(messageTH) / \(messageEN)" }
}

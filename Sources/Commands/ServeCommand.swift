import ArgumentParser
import Bootstrap
import Foundation
import Hummingbird
import Logging

/// `prongsai serve` — the web workbench.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "เปิดระบบบนเว็บ / run the web workbench.")

    @Option(help: "The port to listen on (PRONGSAI_PORT; default 8080).")
    var port: Int?

    @Option(help: "The address to listen on (PRONGSAI_HOST; default 127.0.0.1, this machine only).")
    var host: String?

    @Option(name: .customLong("data"), help: "The data folder for the SQLite database (PRONGSAI_DATA; default ./prongsai-data).")
    var data: String?

    @Option(help: "postgres://user:password@host:port/database to use PostgreSQL (PRONGSAI_DATABASE_URL).")
    var database: String?

    @Flag(help: "Mark cookies Secure: set this when users reach Prongsai over HTTPS.")
    var secureCookies = false

    @Option(help: "The bearer token /metrics asks for (PRONGSAI_METRICS_TOKEN); without one /metrics is off.")
    var metricsToken: String?

    @Option(help: "Log level: debug, info, warning, error.")
    var logLevel: String = "info"

    func run() async throws {
        let configuration: ServerConfiguration
        do {
            configuration = try ServerConfiguration.resolve(
                host: host, port: port, data: data, database: database, secureCookies: secureCookies, metricsToken: metricsToken)
        } catch let error as ConfigurationError {
            Console.error(error.description)
            throw ExitCode(64)
        }
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        let logger = Logger(label: "prongsai")
        let host = configuration.host
        let built = try await ProngsaiServer.buildApplication(configuration: configuration, logger: logger, onServerRunning: { port in
            Console.error("Prongsai พร้อมใช้งานที่ / is ready at http://\(host == "0.0.0.0" ? "localhost" : host):\(port)/")
        })
        if let password = built.firstStart.administratorPassword {
            // Printed once; only its bcrypt hash is stored.
            Console.error("""

                ผู้ดูแลระบบ / administrator:  ชื่อผู้ใช้ / username: admin
                รหัสผ่านใช้ครั้งเดียว / one-time password: \(password)
                ระบบจะให้ตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งแรก / you will be asked for a new one at first sign-in.

                """)
        }
        if built.firstStart.exampleAgencyLoaded {
            Console.error("โหลดหน่วยงานตัวอย่าง อบต.ทับคล้อ แล้ว / loaded the example agency: /a/thapkhlo")
        }
        try await built.application.runService()
    }
}

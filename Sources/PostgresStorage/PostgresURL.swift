import Foundation
import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…&schema=…&pool_max=…` URL, read into a client configuration.
struct PostgresURL: Sendable {
    /// Why a URL cannot be used; the text never repeats the password.
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String?
    var sslMode: String
    /// The schema every connection works in (`search_path`), or nil for the server's default.
    var schema: String?
    /// At most this many connections (`pool_max=`); postgres-nio's default otherwise.
    var maximumConnections: Int?

    init(_ text: String) throws {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              ["postgres", "postgresql"].contains(scheme.lowercased())
        else { throw ParseError(description: "not a postgres:// URL") }
        guard let host = components.host, !host.isEmpty else { throw ParseError(description: "the URL has no host") }
        guard let username = components.user, !username.isEmpty else {
            throw ParseError(description: "the URL has no user name")
        }
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? 5432
        self.username = username
        self.password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.database = path.isEmpty ? nil : path

        var sslMode: String?
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode": sslMode = item.value
            case "schema": schema = item.value
            case "pool_max":
                guard let value = item.value.flatMap(Int.init), (1...200).contains(value) else {
                    throw ParseError(description: "pool_max must be a number from 1 to 200")
                }
                maximumConnections = value
            default: throw ParseError(description: "unknown URL parameter \(item.name)")
            }
        }
        // Loopback traffic never leaves the machine, so it goes in the clear unless asked otherwise;
        // anything else must be encrypted and verified unless the URL says so.
        self.sslMode = sslMode ?? (Self.isLoopback(self.host) ? "disable" : "verify-full")
        if let schema, !Self.isPlainIdentifier(schema) {
            throw ParseError(description: "schema must be lower-case letters, digits and underscores")
        }
        _ = try tls
    }

    /// The client configuration, with every connection placed in `schema` when one is given.
    var configuration: PostgresClient.Configuration {
        get throws {
            var configuration = PostgresClient.Configuration(
                host: host, port: port, username: username, password: password, database: database, tls: try tls)
            if let maximumConnections {
                configuration.options.maximumConnections = maximumConnections
            }
            if let schema {
                // A startup parameter applies to every pooled connection from its first query, which a
                // `SET` after leasing could not guarantee.
                configuration.options.additionalStartupParameters = [("search_path", schema)]
            }
            return configuration
        }
    }

    /// libpq's sslmode names. `require` verifies the certificate too: a hosted database worth encrypting
    /// is worth authenticating.
    private var tls: PostgresClient.Configuration.TLS {
        get throws {
            switch sslMode {
            case "disable": .disable
            case "allow", "prefer": .prefer(.makeClientConfiguration())
            case "require", "verify-ca", "verify-full": .require(.makeClientConfiguration())
            default: throw ParseError(description: "unknown sslmode \(sslMode)")
            }
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// A name that needs no quoting in SQL, so it can be written into DDL without escaping.
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, (1...63).contains(name.utf8.count),
              ("a"..."z").contains(first) || first == "_"
        else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}

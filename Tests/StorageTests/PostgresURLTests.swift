@testable import PostgresStorage
import Testing

/// Reading connection URLs; no server needed.
struct PostgresURLTests {
    @Test func aFullURLIsRead() throws {
        let url = try PostgresURL("postgresql://pr%40ngsai:p%3Ass%2Fword@db.example.org:6543/prongsai?sslmode=require&schema=tenant_1")
        #expect(url.username == "pr@ngsai")
        #expect(url.password == "p:ss/word")
        #expect(url.host == "db.example.org")
        #expect(url.port == 6543)
        #expect(url.database == "prongsai")
        #expect(url.sslMode == "require")
        #expect(url.schema == "tenant_1")
        let configuration = try url.configuration
        #expect(configuration.options.additionalStartupParameters.map { "\($0)=\($1)" } == ["search_path=tenant_1"])
    }

    @Test(arguments: [
        ("postgres://prongsai@127.0.0.1/prongsai_test", "disable"),
        ("postgres://prongsai@localhost/prongsai_test", "disable"),
        ("postgres://prongsai@[::1]:5432/prongsai_test", "disable"),
        ("postgres://prongsai@db.example.org/prongsai", "verify-full"),
        ("postgres://prongsai@db.example.org/prongsai?sslmode=disable", "disable"),
    ])
    func loopbackGoesWithoutTLSAndEverythingElseWithIt(text: String, mode: String) throws {
        let url = try PostgresURL(text)
        #expect(url.sslMode == mode)
        #expect(url.port == 5432)
        #expect(url.password == nil)
    }

    @Test(arguments: [
        "mysql://u@host/db",
        "postgres:///db",
        "postgres://host/db",
        "postgres://u@host/db?sslmode=sometimes",
        "postgres://u@host/db?schema=Tenant",
        "postgres://u@host/db?schema=a;DROP",
        "postgres://u@host/db?pool=3",
    ])
    func aBadURLIsRefusedBeforeConnecting(text: String) {
        #expect(throws: PostgresURL.ParseError.self) { try PostgresURL(text) }
        #expect(throws: (any Error).self) { try PostgresStore(url: text) }
    }
}

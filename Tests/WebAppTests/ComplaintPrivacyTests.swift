import Bootstrap
import Complaints
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Testing
@testable import WebApp

/// What a stolen database or a log file would show of a report: nothing of its content, no receipt,
/// no address, and no time finer than the day.
@Suite struct ComplaintPrivacyTests {
    static let forbiddenInStorage: [(String, Data)] = [
        ("the report's sentence", Data(ComplaintFixture.sentence.utf8)),
        ("a fragment of it", Data("ซองขาวสามหมื่น".utf8)),
        ("the attachment's content", Data("PRONGSAI-ATTACHMENT-MARKER-7731".utf8)),
        ("the attachment's name", Data("หลักฐานลับของผู้ร้อง.pdf".utf8)),
        ("the contact phone", Data("089-765-4321".utf8)),
        ("the added message", Data("ข้อความเพิ่มเติมลับเฉพาะ".utf8)),
        ("an IPv4 loopback address", Data("127.0.0.1".utf8)),
    ]

    @Test func theSQLiteFilesAndTheLogsHoldNoPlaintextReceiptOrAddress() async throws {
        let capture = SecurityLogCapture()
        try await ComplaintFixture.run(logger: capture.logger()) { fixture in
            let receipt = try await Self.fileAndFollowUp(fixture)
            var files = Data()
            for name in ["prongsai.sqlite", "prongsai.sqlite-wal", "prongsai.sqlite-shm"] {
                files += (try? Data(contentsOf: fixture.dataDirectory.appendingPathComponent(name))) ?? Data()
            }
            #expect(files.count > 10_000, "the database files were read")
            for (name, bytes) in Self.forbiddenInStorage + Self.receiptForms(receipt) {
                #expect(files.range(of: bytes) == nil, "\(name) is in the SQLite files")
            }
            let lines = capture.captured
            #expect(lines.contains { $0.contains("path=/a/thapkhlo") || $0.contains("path=/login") }, "the request log was captured")
            #expect(!lines.contains { $0.contains("/complaints/new") || $0.contains("/complaints/follow-up") }, "a reporter's request was logged")
            for (name, bytes) in Self.forbiddenInStorage + Self.receiptForms(receipt) {
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(!lines.contains { $0.contains(text) }, "\(name) is in the log")
            }
        }
    }

    @Test func thePostgreSQLDumpHoldsNoPlaintextReceiptOrAddress() async throws {
        guard let url = ProcessInfo.processInfo.environment["PRONGSAI_TEST_POSTGRES_URL"], !url.isEmpty else {
            if ProcessInfo.processInfo.environment["PRONGSAI_REQUIRE_TOOLS"] == "1" {
                Issue.record("PRONGSAI_REQUIRE_TOOLS=1 but PRONGSAI_TEST_POSTGRES_URL is not set")
            }
            return
        }
        let schema = "t_\(Int(Date().timeIntervalSince1970))_c\(UUID().uuidString.lowercased().prefix(8))"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-pg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = TestServer.configuration(directory)
        configuration.database = .postgres(url: url + (url.contains("?") ? "&" : "?") + "schema=\(schema)")
        try await ComplaintFixture.run(configuration: configuration) { fixture in
            let receipt = try await Self.fileAndFollowUp(fixture)
            let dump = try Self.pgDump(url: url, schema: schema)
            #expect(dump.contains("complaint_entry"), "the dump covers the complaint tables")
            for (name, bytes) in Self.forbiddenInStorage + Self.receiptForms(receipt) {
                // bytea columns are dumped as hex: look for both forms.
                let hex = bytes.map { String(format: "%02x", $0) }.joined()
                #expect(!dump.contains(String(decoding: bytes, as: UTF8.self)) && !dump.contains(hex), "\(name) is in the PostgreSQL dump")
            }
        }
    }

    @Test func reporterActionsAreDatedByDayAndLeaveNoAuditTime() async throws {
        try await ComplaintFixture.run { fixture in
            _ = try await Self.fileAndFollowUp(fixture)
            let events = try await fixture.repositories.audit.fetchAuditEvents(agency: fixture.agency.id, limit: 100)
            #expect(!events.contains { $0.entity == "complaint" }, "filing and adding information are not audited with a time")
            let page = try await fixture.reporter().get("\(fixture.base)/new")
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(page.headers[.setCookie] == nil, "the public form sets no cookie")
            for external in ["http://", "https://", "//fonts.", "<script"] {
                #expect(!page.text.contains(external), "the form page refers to \(external)")
            }
        }
    }

    /// Files a report with an attachment and contact details, then adds a message with the receipt.
    static func fileAndFollowUp(_ fixture: ComplaintFixture) async throws -> String {
        let reporter = fixture.reporter()
        let filed = try await fixture.file(
            reporter, files: [("attachment", "หลักฐานลับของผู้ร้อง.pdf", "application/pdf", ComplaintFixture.evidence)],
            contact: [("contactPhone", "089-765-4321")])
        let receipt = try ComplaintFixture.receipt(filed.text)
        let opened = try await fixture.followUp(reporter, receipt: receipt)
        let token = try #require(opened.text.firstMatch(of: /name="followUp" value="([^"]+)"/).map { String($0.1) })
        let added = try await reporter.postMultipart(
            "\(fixture.base)/follow-up/message",
            fields: [("_form", try ComplaintFixture.formToken(opened.text)), ("followUp", token), ("message", "ข้อความเพิ่มเติมลับเฉพาะ")], files: [])
        #expect(added.status == .ok)
        // The officer opens it too, so that the officer side has written what it writes.
        let id = try #require(try await fixture.caseIDs().first)
        #expect(try await fixture.officerBrowsers[0].get("/complaints/\(id)").text.contains(ComplaintFixture.sentence))
        return receipt
    }

    static func receiptForms(_ receipt: String) -> [(String, Data)] {
        [("the receipt", Data(receipt.utf8)), ("the receipt's digits", Data(receipt.replacingOccurrences(of: " ", with: "").utf8))]
    }

    static func pgDump(url: String, schema: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pg_dump", "--data-only", "--schema=\(schema)", "--dbname=\(url)"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("pg_dump failed with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }
}

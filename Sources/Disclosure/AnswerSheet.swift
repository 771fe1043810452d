import Criteria
import Foundation
import Workbench

/// แบบตอบ OIT — the sheet ITAS asks for: for every item, มี/ไม่มี, the URLs, and where on the page.
public struct AnswerSheet: Codable, Hashable, Sendable {
    public struct Row: Codable, Hashable, Sendable {
        public var itemCode: String
        public var subIndicator: String
        public var title: String
        /// มี — something is published for the item.
        public var published: Bool
        public var urls: [String]
        /// Where on each page, in the order of `urls`.
        public var locations: [String]

        public init(itemCode: String, subIndicator: String, title: String, published: Bool, urls: [String], locations: [String]) {
            self.itemCode = itemCode
            self.subIndicator = subIndicator
            self.title = title
            self.published = published
            self.urls = urls
            self.locations = locations
        }
    }

    public var agencyName: String
    public var fiscalYear: Int
    public var rows: [Row]

    public init(agencyName: String, fiscalYear: Int, rows: [Row]) {
        self.agencyName = agencyName
        self.fiscalYear = fiscalYear
        self.rows = rows
    }

    /// One row per OIT item of the year, in the criteria's order. Uploaded documents count as
    /// published at `documentURL`, their public address on the transparency page.
    public init(
        agencyName: String, items: [Item], fiscalYear: Int, records: [DisclosureRecord],
        documentURL: (DisclosureDocument) -> String
    ) {
        let byCode = Dictionary(records.map { ($0.itemCode.uppercased(), $0) }, uniquingKeysWith: { _, last in last })
        self.agencyName = agencyName
        self.fiscalYear = fiscalYear
        rows = items.map { item in
            let record = byCode[item.code.uppercased()]
            let links = (record?.links ?? []).map { ($0.url, $0.location) }
                + (record?.documents ?? []).map { (documentURL($0), "ไฟล์ \($0.fileName)") }
            return Row(
                itemCode: item.code, subIndicator: item.subIndicator ?? "", title: item.textTH, published: !links.isEmpty,
                urls: links.map(\.0), locations: links.map(\.1))
        }
    }

    public static let headerTH = ["ข้อ", "ตัวชี้วัดย่อย", "ชื่อข้อมูล", "มี/ไม่มี", "URL", "ตำแหน่งข้อมูลบนหน้าเว็บ"]

    /// The sheet's cells, one line per URL inside a cell, as ITAS's form takes them.
    public var table: [[String]] {
        rows.map { row in
            [row.itemCode, row.subIndicator, row.title, row.published ? "มี" : "ไม่มี",
             row.urls.joined(separator: "\n"), row.locations.joined(separator: "\n")]
        }
    }

    /// The CSV that Excel opens in Thai.
    public var csv: CSVTable { CSVTable(header: Self.headerTH, rows: table) }

    /// The same sheet always gives the same bytes: the text a submission's SHA-256 is taken over.
    public var canonicalJSON: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }
}

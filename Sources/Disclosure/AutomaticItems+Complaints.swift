import Criteria
import ThaiText

extension AutomaticItems {
    /// What the complaint channel tells the disclosure: whether it is open, and the year's figures as
    /// published (small counts already protected, e.g. "<3").
    public struct ComplaintFacts: Hashable, Sendable {
        public var channelOpen: Bool
        public var channelURL: String
        public var statisticsURL: String
        public var total: String
        public var closed: String
        public var inProgress: String

        public init(channelOpen: Bool, channelURL: String, statisticsURL: String, total: String, closed: String, inProgress: String) {
            self.channelOpen = channelOpen
            self.channelURL = channelURL
            self.statisticsURL = statisticsURL
            self.total = total
            self.closed = closed
            self.inProgress = inProgress
        }
    }

    /// ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (O30 in 2565, O28 in 2566), from Prongsai's own
    /// channel. That the agency's main website links to it stays the agency's tick.
    public static func complaintChannel(_ facts: ComplaintFacts) -> AutomaticItemSource {
        AutomaticItemSource(
            nameTH: "ช่องทางแจ้งเรื่องร้องเรียนของ Prongsai", nameEN: "Prongsai's complaint channel",
            gaps: facts.channelOpen ? [] : [.init(
                th: "ยังไม่ได้เปิดช่องทางร้องเรียน (ผู้ดูแลระบบเปิดได้ที่หน้าเรื่องร้องเรียน)",
                en: "the complaint channel is not open yet (the administrator opens it on the complaints page)")],
            matches: { $0.isAbout(.complaintChannel) },
            fill: { item, stored in
                var record = stored
                guard facts.channelOpen else { return record }
                record.links = withLink(
                    DisclosureLink(url: facts.channelURL, location: "แบบฟอร์มแจ้งเรื่องร้องเรียนออนไลน์ ไม่ต้องระบุตัวตน"), in: stored)
                record.components = tick(item, stored, rules: [
                    ("ช่องทางออนไลน์", "แบบฟอร์มออนไลน์ของ Prongsai เปิดให้แจ้งได้โดยไม่ต้องเข้าสู่ระบบและไม่ต้องระบุตัวตน"),
                ])
                return record
            })
    }

    /// ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (O31 in 2565, O29 in 2566), from the
    /// channel's counts for the fiscal year — the same protected figures the public page prints.
    public static func complaintStatistics(_ facts: ComplaintFacts, year: FiscalYear) -> AutomaticItemSource {
        AutomaticItemSource(
            nameTH: "สถิติเรื่องร้องเรียนจากช่องทางร้องเรียนของ Prongsai", nameEN: "Statistics of Prongsai's complaint channel",
            matches: { $0.isAbout(.complaintStatistics) },
            fill: { item, stored in
                var record = stored
                guard facts.channelOpen else { return record }
                record.links = withLink(
                    DisclosureLink(url: facts.statisticsURL, location: "ตารางสถิติเรื่องร้องเรียนประจำปีงบประมาณ พ.ศ. \(year)"), in: stored)
                record.period = year.period
                record.components = tick(item, stored, rules: [
                    ("จำนวนเรื่องร้องเรียน", "จำนวนเรื่องร้องเรียนทั้งหมด \(facts.total) เรื่อง"),
                    ("แล้วเสร็จ", "ดำเนินการแล้วเสร็จ \(facts.closed) เรื่อง"),
                    ("ระหว่างดำเนินการ", "อยู่ระหว่างดำเนินการ \(facts.inProgress) เรื่อง"),
                    ("เป็นข้อมูลในปี", "ข้อมูลปีงบประมาณ พ.ศ. \(year)"),
                ])
                return record
            })
    }
}

import Criteria

extension DisclosureChecker {
    /// Each link must be on the agency's main domain and, when it was checked, answer.
    func linkFlags(_ item: Item, _ record: DisclosureRecord) -> [DisclosureFlag] {
        record.links.flatMap { link -> [DisclosureFlag] in
            if let mainDomain, !mainDomain.contains(link.url) {
                return [DisclosureFlag(
                    kind: .offDomain, itemCode: item.code,
                    messageTH: "ข้อ \(item.code) \(item.textTH): ลิงก์ \(link.url) ไม่อยู่บนเว็บไซต์หลักของหน่วยงาน (\(mainDomain.host))",
                    messageEN: "\(item.code): the link \(link.url) is not on the agency's main website (\(mainDomain.host))",
                    url: link.url)]
            }
            guard let status = linkStatuses[link.url], !status.isAlive else { return [] }
            return [DisclosureFlag(
                kind: .deadLink, itemCode: item.code,
                messageTH: "ข้อ \(item.code) \(item.textTH): ลิงก์ \(link.url) เปิดไม่ได้ (\(Self.reasonTH(status)))",
                messageEN: "\(item.code): the link \(link.url) does not open (\(status.summary))", url: link.url)]
        }
    }

    static func reasonTH(_ status: LinkStatus) -> String {
        switch status.outcome {
        case .answered(let code) where code == 404: "ไม่พบหน้า HTTP 404"
        case .answered(let code): "เซิร์ฟเวอร์ตอบ HTTP \(code)"
        case .redirectedOffDomain(let location): "ถูกส่งต่อไปนอกเว็บไซต์หลัก \(location)"
        case .failed(let reason): "ไม่ตอบสนอง: \(reason)"
        }
    }
}

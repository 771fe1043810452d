import Criteria
import ThaiText

/// ตรวจก่อนส่ง — checks every OIT item of a year before the assessor does. Pure: the records, the
/// link-check results and the month of the check all come in as values.
public struct DisclosureChecker: Sendable {
    public var criteria: Criteria
    /// Links must sit on it; nil skips the rule (no main website set yet).
    public var mainDomain: MainDomain?
    /// Results of the link checks, by URL; a URL without a result is not judged dead.
    public var linkStatuses: [String: LinkStatus]
    /// The month the check is made for (the review window's start, or today): a monthly series must
    /// have every month of the fiscal year before it.
    public var asOf: YearMonth

    public init(criteria: Criteria, mainDomain: MainDomain?, linkStatuses: [LinkStatus] = [], asOf: YearMonth) {
        self.criteria = criteria
        self.mainDomain = mainDomain
        self.linkStatuses = Dictionary(linkStatuses.map { ($0.url, $0) }, uniquingKeysWith: { _, last in last })
        self.asOf = asOf
    }

    /// The OIT items of the year in the criteria's order.
    public var items: [Item] {
        let codes = criteria.indicators.filter { $0.instrument == .oit }.flatMap(\.allItemCodes)
        return codes.compactMap { criteria.item($0) }
    }

    public var fiscalYear: FiscalYear { FiscalYear(criteria.fiscalYear) }

    /// Checks every OIT item; an item without a record is empty.
    public func check(_ records: [DisclosureRecord]) -> DisclosureCheck {
        let byCode = Dictionary(records.map { ($0.itemCode.uppercased(), $0) }, uniquingKeysWith: { _, last in last })
        let results = items.map { item in
            ItemCheck(item: item, record: byCode[item.code.uppercased()], flags: flags(for: item, record: byCode[item.code.uppercased()]))
        }
        return DisclosureCheck(fiscalYear: criteria.fiscalYear, items: results, checkedLinks: linkStatuses.count)
    }

    /// Every flag of one item: empty, or its missing components, period and links.
    public func flags(for item: Item, record: DisclosureRecord?) -> [DisclosureFlag] {
        guard let record, !record.isEmpty else {
            return [DisclosureFlag(
                kind: .emptyItem, itemCode: item.code,
                messageTH: "ข้อ \(item.code) \(item.textTH): ยังไม่มีข้อมูลเผยแพร่ (ไม่มีลิงก์หรือเอกสาร)",
                messageEN: "\(item.code) \(item.textEN ?? item.textTH): nothing is published yet (no link or document)")]
        }
        return componentFlags(item, record) + periodFlags(item, record) + linkFlags(item, record)
    }

    func componentFlags(_ item: Item, _ record: DisclosureRecord) -> [DisclosureFlag] {
        item.components.compactMap { component in
            // A monthly series' completeness is judged from its months, and reported as missing months.
            if item.timing == .monthlyInCurrentYear, component.id == Self.periodComponent(of: item)?.id {
                return nil
            }
            guard record.evidence(for: component.id) == nil else { return nil }
            return DisclosureFlag(
                kind: .missingComponent, itemCode: item.code, componentID: component.id,
                messageTH: "ข้อ \(item.code) \(item.textTH): ขาดองค์ประกอบ \(component.id) \(component.textTH)",
                messageEN: "\(item.code): component \(component.id) is not shown (\(component.textTH))")
        }
    }

    /// The component that states the period (it names a พ.ศ. year), where the item has one:
    /// wrong-year and missing-month flags are filed against it.
    static func periodComponent(of item: Item) -> Component? {
        item.components.first { $0.textTH.contains("พ.ศ.") }
    }
}

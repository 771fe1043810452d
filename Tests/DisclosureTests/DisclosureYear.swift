import Criteria
import Disclosure
import Foundation
import ThaiText
import Workbench

/// A year of disclosure records built from the criteria: every OIT item complete (links on the
/// agency's domain, every component ticked with evidence, the period its timing asks for, every month
/// of a monthly series), ready for a test to take parts away.
struct DisclosureYear {
    static let agency = Identifier<AgencyRecord>(UUID(uuidString: "11111111-2222-3333-4444-555555555555")!)
    static let website = "https://www.thapkhlo.go.th"
    static let now = Date(timeIntervalSince1970: 1_650_000_000)

    let criteria: Criteria
    var records: [String: DisclosureRecord]

    init(_ year: Int) throws {
        criteria = try CriteriaCatalog.shared.get().criteria(for: year)
        let fiscal = FiscalYear(year)
        let checker = DisclosureChecker(criteria: criteria, mainDomain: nil, asOf: fiscal.lastMonth.adding(months: 1))
        var records: [String: DisclosureRecord] = [:]
        for item in checker.items {
            var record = DisclosureRecord(
                agencyID: Self.agency, fiscalYear: year, itemCode: item.code,
                links: [DisclosureLink(url: "\(Self.website)/ita/\(year)/\(item.code.lowercased())", location: "หัวข้อ \(item.textTH)")],
                components: item.components.map { ComponentEvidence(componentID: $0.id, evidence: "หน้า 1") },
                responsible: "สำนักปลัด", updatedAt: Self.now, updatedBy: "ผู้ทดสอบ")
            switch item.timing {
            case .currentYear?: record.period = fiscal.period
            case .previousYear?: record.period = fiscal.previous.period
            case .firstHalfOfCurrentYear?: record.period = fiscal.firstHalf
            case .monthlyInCurrentYear?: record.months = fiscal.period.months
            case .standing?, nil: break
            }
            records[item.code] = record
        }
        self.records = records
    }

    var all: [DisclosureRecord] { Array(records.values) }

    mutating func untick(_ item: String, _ components: String...) {
        records[item]?.components.removeAll { components.contains($0.componentID) }
    }

    func checker(asOf: YearMonth, links: [LinkStatus] = []) -> DisclosureChecker {
        DisclosureChecker(criteria: criteria, mainDomain: MainDomain(website: Self.website), linkStatuses: links, asOf: asOf)
    }
}

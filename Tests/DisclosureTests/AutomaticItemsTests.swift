import Criteria
import Disclosure
import Foundation
import Planning
import Scoring
import Testing
import ThaiText
import Workbench

/// O42 and O43 fill themselves from the stored plan and progress; what the plan lacks stays unticked.
@Suite struct AutomaticItemsTests {
    static let agency = DisclosureYear.agency
    static let url = "https://ita.thapkhlo.go.th/public/thapkhlo/ita/2566/documents/o42.html"

    static func plan(divisions: [String] = ["สำนักปลัด"], monitoring: String = "รายงานผลในการประชุมประจำเดือน") -> StoredPlan {
        let measure = Measure(
            title: "เผยแพร่แผนการใช้จ่ายงบประมาณ", steps: ["จัดประชุมชี้แจง"], divisions: divisions,
            period: FiscalYear(2566).period, monitoring: monitoring)
        let analysis = [
            IndicatorAnalysis(indicator: 9, stance: .develop, keepOrImprove: "พัฒนาการเปิดเผยข้อมูล",
                              urgentWeaknesses: [Weakness(text: "ไม่มีช่องทางการติดต่อผู้บริหาร", itemCode: "O2")]),
        ]
        let year = FiscalYearRecord(
            agencyID: agency, planYear: 2566, assessedYear: 2565, result: PublishedResult(fiscalYear: 2565, indicators: [:]),
            assessorSummary: nil, recommendations: [], analysis: analysis, updatedAt: DisclosureYear.now)
        return StoredPlan(year: year, measures: [MeasureRecord(
            id: Identifier(UUID()), agencyID: agency, planYear: 2566, position: 1, measure: measure, updatedAt: DisclosureYear.now)])
    }

    static func fill(_ source: AutomaticItemSource, _ code: String, stored: DisclosureRecord? = nil) throws -> (Item, DisclosureRecord) {
        let criteria = try CriteriaCatalog.shared.get().criteria(for: 2566)
        let item = try #require(criteria.item(code))
        #expect(source.matches(item))
        let blank = stored ?? DisclosureRecord(agencyID: agency, fiscalYear: 2566, itemCode: code, updatedAt: DisclosureYear.now, updatedBy: "")
        return (item, source.fill(item, blank))
    }

    @Test func theMeasuresDocumentFillsO42Completely() throws {
        let source = AutomaticItems.measures(plan: Self.plan(), documentURL: Self.url)
        let (item, record) = try Self.fill(source, "O42")
        #expect(record.links.first?.url == Self.url)
        #expect(Set(record.components.map(\.componentID)) == Set(item.components.map(\.id)))
        let checker = DisclosureChecker(criteria: try CriteriaCatalog.shared.get().criteria(for: 2566),
                                        mainDomain: MainDomain(website: "https://www.thapkhlo.go.th"), asOf: YearMonth(year: 2566, month: .may))
        #expect(checker.flags(for: item, record: record).isEmpty)
    }

    /// The assessor of 2565 faulted O42 for lacking responsible divisions and reporting; a plan without
    /// them is flagged for exactly those components.
    @Test func aPlanWithoutDivisionsOrReportingLeavesThoseComponentsOpen() throws {
        let source = AutomaticItems.measures(plan: Self.plan(divisions: [], monitoring: "ติดตามทุกเดือน"), documentURL: Self.url)
        let (item, record) = try Self.fill(source, "O42")
        let checker = DisclosureChecker(criteria: try CriteriaCatalog.shared.get().criteria(for: 2566), mainDomain: nil,
                                        asOf: YearMonth(year: 2566, month: .may))
        let missing = checker.flags(for: item, record: record).compactMap(\.componentID)
        #expect(missing == ["O42.5", "O42.8"])
    }

    @Test func progressFillsO43OnlyWhenThereIsProgress() throws {
        let plan = Self.plan()
        let none = AutomaticItems.progress(plan: plan, entries: [], documentURL: Self.url, measuresItemCode: "O42")
        let (item, empty) = try Self.fill(none, "O43")
        #expect(empty.components.isEmpty)
        let entry = ProgressEntry(
            id: Identifier(UUID()), measureID: plan.measures[0].id, agencyID: Self.agency,
            date: ThaiDate(year: 2565, month: .november, day: 15), text: "ประชุมชี้แจงแล้ว", status: .inProgress, percent: 40,
            authorID: nil, authorName: "หัวหน้าสำนักปลัด", createdAt: DisclosureYear.now)
        let some = AutomaticItems.progress(plan: plan, entries: [entry], documentURL: Self.url, measuresItemCode: "O42")
        let (_, filled) = try Self.fill(some, "O43")
        #expect(Set(filled.components.map(\.componentID)) == Set(item.components.map(\.id)))
        #expect(filled.period == MonthPeriod(start: YearMonth(year: 2565, month: .november), end: YearMonth(year: 2565, month: .november)))
    }

    @Test func linksTheAgencyAddedAreKeptAfterProngsaisOwn() throws {
        let stored = DisclosureRecord(
            agencyID: Self.agency, fiscalYear: 2566, itemCode: "O42",
            links: [DisclosureLink(url: "https://www.thapkhlo.go.th/o42", location: "เมนู ITA")], responsible: "สำนักปลัด",
            updatedAt: DisclosureYear.now, updatedBy: "")
        let (_, record) = try Self.fill(AutomaticItems.measures(plan: Self.plan(), documentURL: Self.url), "O42", stored: stored)
        #expect(record.links.map(\.url) == [Self.url, "https://www.thapkhlo.go.th/o42"])
        #expect(record.responsible == "สำนักปลัด")
    }

    @Test func theAnswerSheetSaysHasOrHasNotWithURLsAndPlaces() throws {
        let year = try DisclosureYear(2566)
        var records = year.all.filter { $0.itemCode != "O3" }
        let index = try #require(records.firstIndex { $0.itemCode == "O1" })
        records[index].documents = [DisclosureDocument(
            id: Identifier(UUID()), agencyID: Self.agency, fiscalYear: 2566, itemCode: "O1", fileName: "โครงสร้าง.pdf",
            contentType: "application/pdf", size: 10, sha256: "", uploadedAt: DisclosureYear.now, uploadedBy: "")]
        let checker = year.checker(asOf: YearMonth(year: 2566, month: .may))
        let sheet = AnswerSheet(agencyName: "อบต.ทับคล้อ", items: checker.items, fiscalYear: 2566, records: records) {
            "https://ita.thapkhlo.go.th/files/\($0.fileName)"
        }
        #expect(sheet.rows.count == checker.items.count)
        let o1 = try #require(sheet.rows.first { $0.itemCode == "O1" })
        #expect(o1.published && o1.urls.count == 2 && o1.locations[1] == "ไฟล์ โครงสร้าง.pdf")
        #expect(sheet.rows.first { $0.itemCode == "O3" }?.published == false)
        let csv = sheet.csv.text
        #expect(csv.hasPrefix("ข้อ,ตัวชี้วัดย่อย,ชื่อข้อมูล,มี/ไม่มี,URL,ตำแหน่งข้อมูลบนหน้าเว็บ\r\n"))
        #expect(csv.contains("O3,9.1,อำนาจหน้าที่,ไม่มี,,\r\n"))
        #expect(sheet.canonicalJSON == sheet.canonicalJSON)
    }
}

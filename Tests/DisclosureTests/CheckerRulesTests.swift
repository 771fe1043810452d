import Criteria
import Disclosure
import Foundation
import Testing
import ThaiText

/// Each rule of the checker on its own, against a complete year.
@Suite struct CheckerRulesTests {
    static let review2566 = YearMonth(year: 2566, month: .may)

    @Test(arguments: [2565, 2566])
    func aCompleteValidYearPredicts100(year: Int) throws {
        let complete = try DisclosureYear(year)
        let check = complete.checker(asOf: YearMonth(year: year, month: .may)).check(complete.all)
        #expect(check.flags.isEmpty, "\(check.flags.map(\.messageEN))")
        let prediction = try DisclosurePrediction(check: check, criteria: complete.criteria)
        #expect(prediction.indicator(9) == 100)
        #expect(prediction.indicator(10) == 100)
    }

    @Test func anAnnualReportOfTheCurrentYearIsTheWrongYear() throws {
        var year = try DisclosureYear(2566)
        year.records["O13"]?.period = FiscalYear(2566).period
        let flags = year.checker(asOf: Self.review2566).check(year.all).item("O13")!.flags
        #expect(flags.map(\.kind) == [.wrongPeriod])
        #expect(flags[0].componentID == "O13.1")
        #expect(flags[0].messageTH.contains("ปีงบประมาณ พ.ศ. 2565"))
    }

    @Test func aPlanOfLastYearIsTheWrongYear() throws {
        var year = try DisclosureYear(2566)
        year.records["O11"]?.period = FiscalYear(2565).period
        #expect(year.checker(asOf: Self.review2566).check(year.all).item("O11")!.flags.map(\.kind) == [.wrongPeriod])
    }

    @Test func aSixMonthReportMustCoverOctoberToMarch() throws {
        var year = try DisclosureYear(2566)
        year.records["O12"]?.period = MonthPeriod(start: YearMonth(year: 2565, month: .october), end: YearMonth(year: 2566, month: .february))
        let flags = year.checker(asOf: Self.review2566).check(year.all).item("O12")!.flags
        #expect(flags.map(\.kind) == [.wrongPeriod])
        #expect(flags[0].messageTH.contains("ต.ค. 2565 - มี.ค. 2566"))
        year.records["O12"]?.period = nil
        #expect(year.checker(asOf: Self.review2566).check(year.all).item("O12")!.flags.map(\.kind) == [.periodMissing])
    }

    @Test func aMissingMonthIsNamed() throws {
        var year = try DisclosureYear(2566)
        year.records["O21"]?.months = FiscalYear(2566).period.months.filter { $0 != YearMonth(year: 2566, month: .january) }
        let flags = year.checker(asOf: Self.review2566).check(year.all).item("O21")!.flags
        #expect(flags.map(\.kind) == [.missingMonths])
        #expect(flags[0].months == [YearMonth(year: 2566, month: .january)])
        #expect(flags[0].componentID == "O21.2")
        // Months after the check's month are not yet due.
        year.records["O21"]?.months = YearMonth(year: 2565, month: .october).monthsThrough(YearMonth(year: 2566, month: .april))
        #expect(year.checker(asOf: Self.review2566).check(year.all).item("O21")!.passes)
    }

    @Test func aLinkOffTheMainDomainIsFlagged() throws {
        var year = try DisclosureYear(2566)
        year.records["O1"]?.links.append(DisclosureLink(url: "https://drive.google.com/file/d/abc", location: "ไฟล์"))
        year.records["O2"]?.links = [DisclosureLink(url: "https://ita.thapkhlo.go.th/o2")]
        let check = year.checker(asOf: Self.review2566).check(year.all)
        #expect(check.item("O1")!.flags.map(\.kind) == [.offDomain])
        #expect(check.item("O1")!.flags[0].messageTH.contains("thapkhlo.go.th"))
        #expect(check.item("O2")!.passes, "a subdomain of the main domain is the agency's own")
    }

    @Test func aDeadLinkIsFlaggedFromTheLinkCheckResults() throws {
        let year = try DisclosureYear(2566)
        let o5 = year.records["O5"]!.links[0].url
        let o6 = year.records["O6"]!.links[0].url
        let statuses = [
            LinkStatus(url: o5, outcome: .answered(status: 404)),
            LinkStatus(url: o6, outcome: .failed(reason: "connection refused")),
        ]
        let check = year.checker(asOf: Self.review2566, links: statuses).check(year.all)
        #expect(check.item("O5")!.flags.map(\.kind) == [.deadLink])
        #expect(check.item("O5")!.flags[0].messageTH.contains("404"))
        #expect(check.item("O6")!.flags.map(\.kind) == [.deadLink])
        #expect(check.item("O7")!.passes)
    }

    @Test func anEmptyItemIsOneFlag() throws {
        var year = try DisclosureYear(2566)
        year.records["O3"]?.links = []
        year.records["O4"] = nil
        let check = year.checker(asOf: Self.review2566).check(year.all)
        #expect(check.item("O3")!.flags.map(\.kind) == [.emptyItem])
        #expect(check.item("O4")!.flags.map(\.kind) == [.emptyItem])
        #expect(check.item("O4")!.status == .empty)
        let prediction = try DisclosurePrediction(check: check, criteria: year.criteria)
        // 9.1 has 10 items in 2566: two empty give 80; indicator 9 = (80 + 400) / 5 = 96.
        #expect(prediction.indicator(9) == 96)
    }

    @Test func linksToCheckAreOnTheDomainOnceAndBounded() {
        let record = DisclosureRecord(
            agencyID: DisclosureYear.agency, fiscalYear: 2566, itemCode: "O1",
            links: [
                DisclosureLink(url: "https://www.thapkhlo.go.th/a"), DisclosureLink(url: "https://www.thapkhlo.go.th/a"),
                DisclosureLink(url: "https://example.org/b"), DisclosureLink(url: "https://thapkhlo.go.th/c"),
                DisclosureLink(url: "https://thapkhlo.go.th/d"),
            ],
            updatedAt: DisclosureYear.now, updatedBy: "")
        let urls = DisclosureLinks.toCheck([record], domain: MainDomain(website: "https://www.thapkhlo.go.th/"), limit: 2)
        #expect(urls == ["https://www.thapkhlo.go.th/a", "https://thapkhlo.go.th/c"])
        #expect(DisclosureLinks.toCheck([record], domain: nil, limit: 10).isEmpty)
    }
}

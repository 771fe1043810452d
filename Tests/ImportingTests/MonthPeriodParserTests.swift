import Testing
@testable import Importing

@Suite struct MonthPeriodParserTests {
    @Test(arguments: [
        ("ต.ค. 2565 - ก.ย. 2566", 2565, 10, 2566, 9),
        ("<p>ต.ค. 2565 - เม.ย. 2566</p>", 2565, 10, 2566, 4),
        ("ตุลาคม 2565 ถึง กันยายน 2566", 2565, 10, 2566, 9),
        ("ต.ค. 65 – มี.ค. 66", 2565, 10, 2566, 3),
        ("ตค 2565-กย 2566", 2565, 10, 2566, 9),
    ])
    func parses(text: String, startYear: Int, startMonth: Int, endYear: Int, endMonth: Int) throws {
        let period = try #require(MonthPeriodParser.parse(CellText.clean(text)))
        #expect(period.start.year == startYear && period.start.month.rawValue == startMonth)
        #expect(period.end.year == endYear && period.end.month.rawValue == endMonth)
    }

    @Test func unreadable() {
        #expect(MonthPeriodParser.parse("ตลอดปีงบประมาณ") == nil)
    }
}

import Testing
import ThaiText

@Suite struct ThaiCalendarTests {
    @Test func fiscalYearRunsOctoberToSeptember() {
        let year = FiscalYear(2566)
        #expect(year.period.thaiAbbreviated == "ต.ค. 2565 - ก.ย. 2566")
        #expect(year.period.months.count == 12)
        #expect(year.firstHalf.thaiAbbreviated == "ต.ค. 2565 - มี.ค. 2566")
        #expect(YearMonth(year: 2565, month: .october).fiscalYear == FiscalYear(2566))
        #expect(YearMonth(year: 2566, month: .september).fiscalYear == FiscalYear(2566))
    }

    @Test(arguments: [("ต.ค.", ThaiMonth.october), ("เม.ย", .april), ("กันยายน", .september), ("มีค", .march)])
    func readsThaiMonths(text: String, month: ThaiMonth) {
        #expect(ThaiMonth(thai: text) == month)
    }

    @Test func unknownMonthIsNil() {
        #expect(ThaiMonth(thai: "ตุลา") == nil)
    }

    @Test func datesUseTheBuddhistEra() {
        let date = ThaiDate(christianYear: 2022, month: 10, day: 1)!
        #expect(date.thaiAbbreviated == "1 ต.ค. 2565")
        #expect(date.thaiFull == "1 ตุลาคม พ.ศ. 2565")
        #expect(date.iso8601 == "2022-10-01")
        #expect(ThaiDate(iso8601: "2023-04-30") == ThaiDate(year: 2566, month: .april, day: 30))
    }

    @Test func periodsShiftByYears() {
        let period = MonthPeriod(start: YearMonth(year: 2565, month: .october), end: YearMonth(year: 2566, month: .april))
        #expect(period.shifted(years: 1).thaiAbbreviated == "ต.ค. 2566 - เม.ย. 2567")
    }

    @Test func normalizerRejoinsSaraAm() {
        // น + ํ + ้ + า, as PDF text extraction often spells น้ำ
        #expect(ThaiNormalizer.normalize("น\u{0E4D}\u{0E49}\u{0E32}") == "น้ำ")
        #expect(ThaiNormalizer.normalize("ค\u{0E4D}\u{0E32}") == "คำ")
        #expect(ThaiNormalizer.arabicDigits("๐42 ๒๕๖๕") == "042 2565")
        #expect(ThaiNormalizer.thaiDigits("2565") == "๒๕๖๕")
    }
}

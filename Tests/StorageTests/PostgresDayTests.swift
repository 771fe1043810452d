@testable import PostgresStorage
import Testing

/// The day arithmetic behind `date` columns; no server needed.
struct PostgresDayTests {
    @Test func daysCountLikeTheCalendar() {
        #expect(PostgresDay.days(year: 1970, month: 1, day: 1) == 0)
        #expect(PostgresDay.days(year: 2000, month: 1, day: 1) == 10_957)
        #expect(PostgresDay.days(year: 2024, month: 3, day: 1) - PostgresDay.days(year: 2024, month: 2, day: 28) == 2)
        #expect(PostgresDay.days(year: 2100, month: 3, day: 1) - PostgresDay.days(year: 2100, month: 2, day: 28) == 1)
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (year, month, day) = PostgresDay.civil(days: days)
            #expect(PostgresDay.days(year: year, month: month, day: day) == days)
        }
    }
}

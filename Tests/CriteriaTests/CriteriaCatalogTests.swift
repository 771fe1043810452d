import Criteria
import Foundation
import Testing

@Suite struct CriteriaCatalogTests {
    let catalog: CriteriaCatalog

    init() throws {
        catalog = try CriteriaCatalog.bundled()
    }

    @Test func bundlesEveryYearFrom2563To2570() {
        #expect(catalog.availableYears == [2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570])
    }

    @Test(arguments: [2563, 2564, 2565])
    func completeYearsHaveEveryItem(year: Int) throws {
        let criteria = try catalog.criteria(for: year)
        let codes = Set(criteria.items.map(\.code))
        for n in 1...30 { #expect(codes.contains("I\(n)"), "I\(n) missing in \(year)") }
        for n in 1...15 { #expect(codes.contains("E\(n)"), "E\(n) missing in \(year)") }
        for n in 1...43 { #expect(codes.contains("O\(n)"), "O\(n) missing in \(year)") }
        #expect(criteria.instruments.map(\.weightPercent) == [30, 30, 40])
        #expect(criteria.presentation.passMark == 85)
        #expect(criteria.levels.map(\.level) == ["AA", "A", "B", "C", "D", "E", "F"])
        for item in criteria.items where item.code.hasPrefix("O") {
            #expect(!item.components.isEmpty, "\(item.code) of \(year) has no components")
            #expect(item.timing != nil)
        }
        let subCodes = criteria.indicators.flatMap(\.subIndicators).map(\.code)
        #expect(subCodes == ["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"])
    }

    @Test(arguments: [2566, 2567, 2568, 2569, 2570])
    func laterYearsPublishPassOrARating(year: Int) throws {
        let criteria = try catalog.criteria(for: year)
        #expect(criteria.presentation.mode == (year == 2566 ? .passFail : .ratingLevels))
        #expect(criteria.presentation.passMark == 85)
        #expect(!criteria.openQuestions.isEmpty, "an incompletely sourced year must say what is open")
    }

    @Test func everyYearCitesItsSources() throws {
        for year in catalog.availableYears {
            let criteria = try catalog.criteria(for: year)
            #expect(!criteria.sources.isEmpty)
            #expect(criteria.items.allSatisfy { !$0.provenance.note.isNilOrEmpty || !$0.provenance.sources.isEmpty || $0.provenance.status != .verified },
                    "a verified fact in \(year) must cite a source")
        }
    }

    @Test func unknownYearNamesTheYearsThereAre() {
        #expect(throws: CriteriaError.self) { try catalog.criteria(for: 2550) }
        do {
            _ = try catalog.criteria(for: 2550)
        } catch {
            #expect(error.reason.contains("2565"))
            #expect(error.reason.contains("no criteria for fiscal year 2550"))
        }
    }
}

extension Optional where Wrapped == String {
    var isNilOrEmpty: Bool { self?.isEmpty ?? true }
}

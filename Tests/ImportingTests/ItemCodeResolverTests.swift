import Criteria
import Testing
@testable import Importing

@Suite struct ItemCodeResolverTests {
    let resolver = ItemCodeResolver(criteria: try! Fixtures.catalog.criteria(for: 2565))

    @Test func readingsOfALostLetter() {
        #expect(resolver.readings(of: "17", instrument: .iit).map(\.code) == ["I17", "I7"])
        #expect(resolver.readings(of: "10", instrument: .eit).map(\.code) == ["E10"])
        #expect(Set(resolver.readings(of: "17", instrument: nil).map(\.code)) == ["I17", "O17", "I7"])
        #expect(resolver.readings(of: "๐42", instrument: nil).map(\.code) == ["O42"])
        #expect(resolver.readings(of: "o38", instrument: nil).map(\.code) == ["O38"])
        #expect(resolver.readings(of: "I99", instrument: nil).isEmpty)
    }

    @Test func contextDecides() {
        let chosen = resolver.resolve(printed: "17", instrument: .iit, line: 35, context: (indicator: 2, line: 87))
        #expect(chosen.code == "I7" && chosen.printedCode == "17")
        let undecided = resolver.resolve(printed: "17", instrument: .iit, line: 35, context: (indicator: 5, line: 90))
        #expect(undecided.code == "I17")
        #expect(undecided.noteEN?.contains("does not decide") == true)
        let exact = resolver.resolve(printed: "I23", instrument: .iit, line: 37, context: nil)
        #expect(exact.code == "I23" && exact.printedCode == nil && exact.noteEN == nil)
    }
}

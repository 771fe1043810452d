import Foundation
import Testing
@testable import Importing

@Suite struct PlainDecimalTests {
    @Test(arguments: ["9x.5", "1e3", "", ".5", "5.", "1,000", "--1", "๙๙.x"])
    func rejects(_ text: String) {
        #expect(PlainDecimal.parse(text) == nil)
    }

    @Test func readsExactly() {
        #expect(PlainDecimal.parse(" 99.45 ") == Decimal(string: "99.45"))
        #expect(PlainDecimal.parse("๙๙.๔๕") == Decimal(string: "99.45"))
        #expect(PlainDecimal.parseInt("๒๕๖๕") == 2565)
    }
}

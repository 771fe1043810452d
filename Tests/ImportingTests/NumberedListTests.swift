import Foundation
import Testing
@testable import Importing

@Suite struct NumberedListTests {
    @Test func splitsInSequenceOnly() {
        let split = NumberedList.split("1. ทำ พ.ศ. 2565 ข้อ 3. ไม่ใช่ 2. ต่อ 6.5 ส่วน", marker: .dot)
        #expect(split.items.map(CellText.clean) == ["ทำ พ.ศ. 2565 ข้อ 3. ไม่ใช่", "ต่อ 6.5 ส่วน"])
    }

    @Test func parenthesisMarkersAfterTags() {
        let split = NumberedList.split("<p>1) ก</p> <p>2) ข (3) ค</p>", marker: .parenthesis)
        #expect(split.items.map(CellText.clean) == ["ก", "ข (3) ค"])
        #expect(CellText.clean(split.preamble).isEmpty)
    }

    @Test func noMarkersLeavesEverythingInThePreamble() {
        let split = NumberedList.split("ไม่มีเลขข้อ", marker: .dot)
        #expect(split.items.isEmpty && split.preamble == "ไม่มีเลขข้อ")
    }
}

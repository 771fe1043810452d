import Foundation
import Testing
@testable import Importing

@Suite struct CellTextTests {
    @Test func stripsTagsIncludingACutOffOne() {
        #expect(CellText.clean("<p>ต.ค. 2565 - ก.ย. 2566</p>") == "ต.ค. 2565 - ก.ย. 2566")
        #expect(CellText.clean(#"ข้อมูล</p> <ol style="list-style-type: none"> 1. การ"#) == "ข้อมูล 1. การ")
        #expect(CellText.clean(#"ข้อมูล <ol style="list-st"#) == "ข้อมูล")
        #expect(CellText.clean("ก &amp; ข") == "ก & ข")
    }

    @Test func repairsDecomposedSaraAm() {
        let decomposed = "ค\u{0E4D}\u{0E32}"
        #expect(Array(CellText.clean(decomposed).unicodeScalars) == Array("คำ".unicodeScalars))
    }

    @Test func blocksSplitAtParagraphs() {
        #expect(CellText.blocks("<p>หนึ่ง</p> <p>สอง</p>") == ["หนึ่ง", "สอง"])
    }
}

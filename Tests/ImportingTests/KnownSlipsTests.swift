import Foundation
import Testing
@testable import Importing

@Suite struct KnownSlipsTests {
    @Test func repairsEachOccurrence() {
        let (text, repairs) = KnownSlips.repair("ในข้อ ๐42 และข้อ ๐42 ส่วน ๐๔๒ ไม่ใช่") { $0 == "O42" }
        #expect(text == "ในข้อ O42 และข้อ O42 ส่วน ๐๔๒ ไม่ใช่")
        #expect(repairs.count == 2)
    }

    @Test func thaiZeroIsOnlyReadAsOForRealItems() {
        let (text, repairs) = KnownSlips.repair("ข้อ ๐99") { _ in false }
        #expect(text == "ข้อ ๐99" && repairs.isEmpty)
    }

    @Test func doesNotDoubleTheWordBefore() {
        #expect(KnownSlips.repair("ในการขอขี้อิมพ์ทรัพย์สิน") { _ in false }.text == "ในการขอยืมทรัพย์สิน")
        #expect(KnownSlips.repair("ช่องทางกรรเรียน") { _ in false }.text == "ช่องทางร้องเรียน")
    }
}

import Complaints
import Testing

@Suite struct ReceiptNumberTests {
    @Test func randomReceiptsHaveSixteenDigitsAndDoNotRepeat() {
        var generator = SystemRandomNumberGenerator()
        let receipts = (0..<2000).map { _ in ReceiptNumber.random(using: &generator) }
        #expect(receipts.allSatisfy { $0.digits.count == 16 && $0.digits.allSatisfy(\.isASCII) && $0.digits.allSatisfy(\.isNumber) })
        #expect(Set(receipts).count == receipts.count)
        // Leading zeros are kept: the space is all of 0…10¹⁶−1, not 10¹⁵ and up.
        #expect(receipts.contains { $0.digits.hasPrefix("0") } || receipts.count < 100)
    }

    @Test(arguments: [
        ("1234567890123456", "1234567890123456"),
        ("1234 5678 9012 3456", "1234567890123456"),
        ("1234-5678-9012-3456", "1234567890123456"),
        ("๑๒๓๔ ๕๖๗๘ ๙๐๑๒ ๓๔๕๖", "1234567890123456"),
        (" 0000 0000 0000 0001 ", "0000000000000001"),
    ])
    func typedReceiptsAreReadAsPeopleTypeThem(typed: String, digits: String) {
        #expect(ReceiptNumber(typed: typed)?.digits == digits)
    }

    @Test(arguments: ["", "123456789012345", "12345678901234567", "1234 5678 9012 345x", "1234567890123456\u{0}"])
    func anythingElseIsNotAReceipt(typed: String) {
        #expect(ReceiptNumber(typed: typed) == nil)
    }

    @Test func groupedInFours() {
        #expect(ReceiptNumber(typed: "1234567890123456")?.grouped == "1234 5678 9012 3456")
    }

    @Test func itsDescriptionNeverShowsTheDigits() {
        let receipt = ReceiptNumber(typed: "1234567890123456")!
        #expect(!"\(receipt)".contains("1234"))
        #expect(!String(describing: receipt).contains("5678"))
    }
}

import Foundation
import Testing
@testable import Importing

@Suite struct ThaiSpacingTests {
    @Test(arguments: [
        ("กองการศึกษา ค ำ ส น ำ แ ล ะ วิ ฒ น ธ ร ร ม", "กองการศึกษา คำสนำและวิฒนธรรม"),
        ("ป ร ะ จ ำ ปี 2566", "ประจำปี 2566"),
        ("ผ่านช่องทางการสื่อสารต่าง ๆ", "ผ่านช่องทางการสื่อสารต่าง ๆ"),
        ("ณ ที่ทำการ", "ณ ที่ทำการ"),
        ("ก ข", "ก ข"),
    ])
    func joinsOnlyRunsOfLoneLetters(input: String, expected: String) {
        #expect(Array(ThaiSpacing.joinSpacedLetters(input).unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(arguments: [
        ("การปรับปรุงคุณภาพ การดำเนินงานของ หน่วยงาน", "การปรับปรุงคุณภาพการดำเนินงานของหน่วยงาน"),
        ("ผลการเผยแพร่ข้อมูลทางเว็บไซต์ ของหน่วยงาน", "ผลการเผยแพร่ข้อมูลทางเว็บไซต์ของหน่วยงาน"),
        ("การเผยแพร่ข้อมูล ITA ประจำปี 2566", "การเผยแพร่ข้อมูล ITA ประจำปี 2566"),
        ("สื่อต่าง ๆ ของหน่วยงาน", "สื่อต่าง ๆ ของหน่วยงาน"),
        ("(งานวิเคราะห์ นโยบายและแผน)", "(งานวิเคราะห์นโยบายและแผน)"),
    ])
    func removesOnlySpacesBetweenThaiLetters(input: String, expected: String) {
        #expect(ThaiSpacing.removeWrapSpaces(input) == expected)
    }

    @Test func spaceBeforeSaraAmIsSeenAtScalarLevel() {
        // " ำ" is a single Character in Swift; the space must still count as a space.
        let text = "ค ำ ส"
        #expect(text.count == 4)
        #expect(ThaiSpacing.unspaced(text).unicodeScalars.count == 3)
        #expect(ThaiSpacing.hasSpacedLetters(text))
    }

    @Test func collapsesEveryKindOfSpace() {
        #expect(ThaiSpacing.collapsed(" a\u{00A0}\u{00A0}b\t\u{200B}c  ") == "a b c")
    }
}

import Criteria
import Foundation
import Planning
import TestSupport
import Testing
@testable import Importing

/// Damaged, truncated and wrong inputs: warnings or an ImportError, never a crash.
@Suite struct PublishedDocumentRobustnessTests {
    let importer = PublishedDocumentImporter(catalog: Fixtures.catalog)
    static let lines = try! Fixtures.text(Fixtures.documentName).components(separatedBy: "\n")

    static func prefix(lines count: Int) -> String {
        lines.prefix(count).joined(separator: "\n")
    }

    @Test(arguments: Array(stride(from: 10, through: 120, by: 10)))
    func truncatedAtLine(_ count: Int) throws {
        let result = try importer.importPlan(text: Self.prefix(lines: count))
        #expect(!result.warnings.isEmpty)
        #expect(result.value.planYear == 2566)
        #expect(result.value.agency.name == "ทับคล้อ")
        if count < 105 {
            #expect(result.warnings.contains { $0.field == "measures" }, "says the measures are missing")
        }
        if count < 84 {
            #expect(result.warnings.contains { $0.field == "analysis" })
        }
        #expect(result.value.measures.count <= 7 && result.value.analysis.count <= 10)
    }

    /// Cuts anywhere, inside words, tags and table cells.
    @Test func truncatedAtAnyCharacter() throws {
        let text = try Fixtures.text(Fixtures.documentName)
        let scalars = Array(text.unicodeScalars)
        for length in stride(from: 150, to: scalars.count, by: 613) {
            let cut = String(String.UnicodeScalarView(scalars.prefix(length)))
            let result = try importer.importPlan(text: cut)
            #expect(!result.warnings.isEmpty, "cut at \(length)")
            for (path, value) in PlanStrings.all(in: result.value) {
                #expect(!value.contains("<") && !value.contains(">"), "cut at \(length): \(path)")
            }
        }
    }

    /// The fixture damaged at random: characters dropped, tabs and tags inserted, lines swapped.
    /// Whatever comes out, it is a plan or an ImportError.
    @Test(arguments: Array(1...12))
    func randomlyDamagedDocument(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var lines = Self.lines
        for _ in 0..<8 {
            let a = Int.random(in: 0..<lines.count, using: &generator)
            let b = Int.random(in: 0..<lines.count, using: &generator)
            lines.swapAt(a, b)
        }
        let debris: [Unicode.Scalar] = ["\t", "<", ">", " ", "\u{0E33}", "1", ")", "."]
        var scalars = String.UnicodeScalarView()
        for scalar in lines.joined(separator: "\n").unicodeScalars {
            let roll = Int.random(in: 0..<100, using: &generator)
            if roll < 3 { continue }
            scalars.append(scalar)
            if roll > 97 { scalars.append(debris[Int.random(in: 0..<debris.count, using: &generator)]) }
        }
        do {
            let result = try importer.importPlan(text: String(scalars))
            #expect(!result.warnings.isEmpty)
        } catch {
            #expect(!error.messageEN.isEmpty)
        }
    }

    @Test func withoutTheAnalysisTheLiteralReadingIsKept() throws {
        let result = try importer.importPlan(text: Self.prefix(lines: 79))
        #expect(result.value.recommendations.first?.itemCode == "I17")
        #expect(result.value.recommendations.first?.indicator == 3)
        let warning = try #require(result.warnings.first { $0.field == "recommendations[0].itemCode" })
        #expect(warning.messageEN.contains("Kept the literal reading I17") && warning.messageEN.contains("I7"))
        #expect(warning.line == 35)
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: ImportError.self) { try importer.importPlan(data: Data(), fileName: "empty.txt") }
        do {
            _ = try importer.importPlan(data: Data("  \n\n \t\n".utf8), fileName: "blank.txt")
            Issue.record("a blank file must not import")
        } catch {
            #expect(error.field == "file" && error.fileName == "blank.txt")
            #expect(error.description == "blank.txt: file: ไฟล์ว่าง / the file is empty")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func randomBytesAreAnError(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let bytes = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: ImportError.self) { try importer.importPlan(data: Data(bytes), fileName: "noise.bin") }
    }

    @Test func randomPrintableTextIsAnError() {
        var generator = SeededGenerator(seed: 42)
        let letters = Array("abcdefghij กขคงจฉ ,.;0123456789\n\t")
        let text = String((0..<3000).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] })
        do {
            _ = try importer.importPlan(text: text)
            Issue.record("noise must not import")
        } catch {
            #expect(error.field == "document" || error.field == "planYear")
        }
    }

    @Test func csvByMistakeIsAnError() throws {
        let csv = try Fixtures.data("seed-result.csv")
        do {
            _ = try importer.importPlan(data: csv, fileName: "seed-result.csv")
            Issue.record("a CSV is not a document")
        } catch {
            #expect(error.field == "document")
            #expect(error.messageEN.contains("nothing of a measures document"))
        }
    }

    @Test func thaiZeroInARecommendationCode() throws {
        let text = Self.prefix(lines: 14) + "\n\nข้อ ๐42 : หน่วยงานต้องแสดงการวิเคราะห์ผลการประเมิน\n"
        let result = try importer.importPlan(text: text)
        let recommendation = try #require(result.value.recommendations.first)
        #expect(recommendation.itemCode == "O42" && recommendation.printedCode == "๐42" && recommendation.indicator == 10)
        #expect(result.warnings.contains { $0.field == "recommendations[0].itemCode" && $0.messageEN.contains("zero is a capital O") })
    }

    @Test func unknownCodeIsWarnedAndKeptWithoutCode() throws {
        let text = Self.prefix(lines: 14) + "\n\nข้อ I99 หน่วยงานควรทำบางอย่าง\n"
        let result = try importer.importPlan(text: text)
        #expect(result.value.recommendations.first?.itemCode == nil)
        #expect(result.value.recommendations.first?.text == "หน่วยงานควรทำบางอย่าง")
        #expect(result.warnings.contains { $0.messageEN.contains("names no item of fiscal year 2565") })
    }

    @Test func badCellsBecomeWarnings() throws {
        var lines = Self.lines
        lines[19] = "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ\t9x.45\t\t\t"
        lines[20] = "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต\t120.00\t\t\t"
        lines[109] = "1. การเผยแพร่\t1. ทำ\tสำนักปลัด\tตลอดปี\tรายงาน"
        let result = try importer.importPlan(text: lines.joined(separator: "\n"))
        #expect(result.value.result.indicators[4] == nil && result.value.result.indicators[5] == nil)
        #expect(result.warnings.contains { $0.line == 20 && $0.field == "result.indicators.4" && $0.messageEN.contains("\"9x.45\" is not a number") })
        #expect(result.warnings.contains { $0.line == 21 && $0.messageEN.contains("outside 0–100") })
        #expect(result.value.measures[0].period == FiscalYearPeriods.fy2566)
        #expect(result.warnings.contains { $0.line == 110 && $0.field == "measures[0].period" })
    }

    @Test func missingCriteriaYearFallsBackWithAWarning() throws {
        let onlyOther = CriteriaCatalog(years: Fixtures.catalog.years.filter { $0.key != 2565 })
        let result = try PublishedDocumentImporter(catalog: onlyOther).importPlan(text: Self.lines.joined(separator: "\n"))
        #expect(result.warnings.contains { $0.field == "fiscalYear" && $0.messageEN.contains("no criteria for fiscal year 2565") })
        let empty = try PublishedDocumentImporter(catalog: CriteriaCatalog(years: [:])).importPlan(text: Self.lines.joined(separator: "\n"))
        #expect(empty.value.recommendations.count == 8)
        #expect(empty.value.recommendations.allSatisfy { $0.indicator == nil })
        #expect(empty.value.result.instruments.map(\.code) == [.iit, .eit, .oit])
    }
}

enum FiscalYearPeriods {
    static let fy2566 = MonthPeriodParser.parse("ต.ค. 2565 - ก.ย. 2566")!
}


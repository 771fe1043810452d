import Foundation
import Testing

/// The commands as a user runs them, on the real document and on bad input.
@Suite struct CommandLineTests {
    let seed = ProngsaiBinary.fixture("thapkhlo-measures-2566.txt")

    @Test func scoreOfTheSeedPrints7335AndC() throws {
        let run = try ProngsaiBinary.run(["score", seed])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("73.35"))
        #expect(run.stdout.contains("level: C"))
        #expect(run.stdout.contains("29.94") && run.stdout.contains("23.57") && run.stdout.contains("19.84"))
    }

    @Test func scoreAsJSONCarriesTheDocumentedFields() throws {
        let run = try ProngsaiBinary.run(["score", seed, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["fiscalYear"] as? Int == 2565)
        #expect(object["level"] as? String == "C")
        #expect(object["passed"] as? Bool == false)
        #expect((object["total"] as? NSNumber)?.stringValue == "73.35")
        let instruments = try #require(object["instruments"] as? [[String: Any]])
        #expect(instruments.map { $0["code"] as? String } == ["IIT", "EIT", "OIT"])
        #expect(instruments.map { ($0["weighted"] as? NSNumber)?.stringValue } == ["29.94", "23.57", "19.84"])
        #expect(instruments.map { ($0["weight"] as? NSNumber)?.stringValue } == ["30", "30", "40"])
        #expect((instruments[0]["score"] as? NSNumber)?.stringValue == "99.8")
        let indicators = try #require(object["indicators"] as? [String: Any])
        #expect(indicators.count == 10)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let ten = try #require(findings.first { $0["subject"] as? String == "indicator 10" })
        #expect(ten["kind"] as? String == "uncommentedRejection")
        #expect(!findings.contains { $0["kind"] as? String == "error" })
    }

    @Test func csvOutputScoresAgainToTheSameTotal() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        let csv = try ProngsaiBinary.run(["score", seed, "--format", "csv"])
        #expect(csv.status == 0)
        let file = directory.appendingPathComponent("result.csv")
        try csv.stdout.write(to: file, atomically: true, encoding: .utf8)
        let again = try ProngsaiBinary.run(["score", file.path, "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\"total\" : 73.35"))
    }

    @Test func minimalJSONFromTheREADMEScores() throws {
        let run = try ProngsaiBinary.run(["score", ProngsaiBinary.fixture("minimal.json")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("73.35"))
    }

    @Test func importRecoversSevenMeasuresAndEightRecommendationsCleanly() throws {
        let run = try ProngsaiBinary.run(["import", seed])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["measures"] as? [Any])?.count == 7)
        let recommendations = try #require(object["recommendations"] as? [[String: Any]])
        #expect(recommendations.compactMap { $0["itemCode"] as? String } == ["I7", "I23", "E6", "E7", "E10", "O38", "O42", "O43"])
        for debris in ["<p>", "</p>", "<ol", "<ul", "ค ำ ส น ำ", "ขี้อิมพ์"] {
            #expect(!run.stdout.contains(debris), "\(debris) left in the output")
        }
        // Repairs are reported on stderr with their line.
        #expect(run.stderr.contains("thapkhlo-measures-2566.txt:35:"))
        #expect(run.stderr.contains("thapkhlo-measures-2566.txt:118:"))
    }

    @Test func draftAndReportFromACSVResult() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        let plan = directory.appendingPathComponent("plan.json").path
        let recommendations = directory.appendingPathComponent("advice.txt")
        try "I7: ควรเผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรทราบ\nO36: ไม่มีการระบุเหตุการณ์ความเสี่ยง\n"
            .write(to: recommendations, atomically: true, encoding: .utf8)
        let draft = try ProngsaiBinary.run([
            "draft", ProngsaiBinary.fixture("seed-result.csv"), "--recommendations", recommendations.path, "-o", plan,
            "--agency-name", "วังทอง", "--district", "วังทอง", "--province", "พิษณุโลก",
        ])
        #expect(draft.status == 0, "\(draft.stderr)")
        let json = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(json.contains("การเผยแพร่และประชาสัมพันธ์ข้อมูลการใช้จ่ายงบประมาณ"))
        #expect(json.contains("การประเมินและจัดการความเสี่ยงการทุจริต"))
        let html = directory.appendingPathComponent("plan.html").path
        let report = try ProngsaiBinary.run(["report", plan, "--format", "html", "-o", html])
        #expect(report.status == 0, "\(report.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("องค์การบริหารส่วนตำบลวังทอง"))
        #expect(page.contains("73.35"))
    }

    @Test func aMissingFileIsNamed() throws {
        let run = try ProngsaiBinary.run(["score", "/nowhere/result.csv"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("/nowhere/result.csv"))
        #expect(run.stderr.contains("ไม่พบไฟล์") && run.stderr.contains("no such file"))
    }

    @Test func aBadCSVLineIsNamedInThaiAndEnglish() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("bad.csv")
        try "fiscalYear,2565\nindicator,score\n1,100\n2,9x.5\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try ProngsaiBinary.run(["score", file.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("bad.csv:4"), "\(run.stderr)")
        #expect(run.stderr.contains("9x.5"))
    }

    @Test func anUnknownRecommendationCodeIsRefused() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        let advice = directory.appendingPathComponent("advice.txt")
        try "I7: ข้อความ\nO99: ไม่มีข้อนี้\n".write(to: advice, atomically: true, encoding: .utf8)
        let run = try ProngsaiBinary.run(["draft", seed, "--recommendations", advice.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("advice.txt:2: O99"), "\(run.stderr)")
        #expect(run.stderr.contains("ไม่มีข้อ O99"))
    }

    @Test func aBrokenPlanNamesItsField() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("plan.json")
        try #"{"agency": {"kind": "อบต."}, "measures": []}"#.write(to: file, atomically: true, encoding: .utf8)
        let run = try ProngsaiBinary.run(["report", file.path, "--format", "html", "-o", directory.appendingPathComponent("x.html").path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("plan.json: agency.name"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.html").path))
    }
}

import Documents
import Foundation
import Planning
import Testing

/// User text can hold markup characters; they must print as text and never become markup.
@Suite struct EscapingTests {
    static let hostile = "<script>alert(\"x\")</script> & 'quoted' <b>"

    static func plan() -> MeasuresPlan {
        var plan = SeedPlan.plan
        plan.measures[0].title = hostile
        plan.measures[0].steps = ["ขั้นที่ < 2 & > 1"]
        plan.analysis[1].urgentWeaknesses[0].details = ["a \"detail\" </li>"]
        plan.agency.name = "ทับคล้อ <i>"
        return plan
    }

    @Test func htmlEscapesUserText() throws {
        let page = try MeasuresDocumentHTML(plan: Self.plan(), criteria: SeedPlan.criteria).page(fonts: .installed)
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;b&gt;"))
        #expect(page.contains("ขั้นที่ &lt; 2 &amp; &gt; 1"))
        #expect(page.contains("a &quot;detail&quot; &lt;/li&gt;"))
        #expect(!page.contains("<script>") && !page.contains("<b>") && !page.contains("<i>"))
        #expect(page.contains("<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566 "
            + "ขององค์การบริหารส่วนตำบลทับคล้อ &lt;i&gt;</title>"))
    }

    @Test func wordXMLEscapesUserTextAndStaysWellFormed() throws {
        let docx = try MeasuresDocumentDOCX(plan: Self.plan(), criteria: SeedPlan.criteria)
        let xml = docx.documentXML
        #expect(xml.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;b&gt;"))
        #expect(!xml.contains("<script>"))
        let parts = try MeasuresDocumentDOCXTests.unzip(try docx.data())
        for (path, data) in parts where !path.hasSuffix(".png") {
            #expect(TextChecks.xmlError(data) == nil, "\(path) is not well-formed")
        }
    }

    @Test func controlCharactersThatXMLForbidsAreDropped() throws {
        var plan = SeedPlan.plan
        plan.measures[0].monitoring = "รายงาน\u{0}ผล\u{1B}ประจำเดือน"
        let docx = try MeasuresDocumentDOCX(plan: plan, criteria: SeedPlan.criteria)
        #expect(TextChecks.xmlError(Data(docx.documentXML.utf8)) == nil)
        #expect(docx.documentXML.contains("รายงานผลประจำเดือน"))
    }
}

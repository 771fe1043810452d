import Criteria
import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import Testing
import WebApp

/// `/admin/criteria`: a year's criteria loaded from a file, started from an earlier year, or edited in
/// the browser; every save a version with a note, every refusal on the page with the form.
@Suite struct CriteriaAdminTests {
    static func administrator(_ fixture: RoleMatrixFixture) async throws -> Browser {
        let browser = Browser(client: fixture.client)
        try await browser.signIn("m-admin", RoleMatrixFixture.password)
        try await browser.get("/admin/criteria")
        return browser
    }

    /// The bundled file of a year as the download gives it, as a JSON object to change.
    static func bundledObject(_ browser: Browser, year: Int) async throws -> [String: Any] {
        let download = try await browser.get("/admin/criteria/\(year)/versions/0.json")
        #expect(download.status == .ok)
        #expect(download.headers[.contentType] == "application/json")
        return try JSONSerialization.jsonObject(with: Data(buffer: download.body)) as! [String: Any]
    }

    static func upload(_ browser: Browser, _ object: [String: Any], name: String = "criteria.json", note: String = "") async throws -> TestResponse {
        let data = try JSONSerialization.data(withJSONObject: object)
        return try await browser.postMultipart(
            "/admin/criteria/files", fields: [("note", note)], files: [("file", name, "application/json", data)])
    }

    @Test func theListShowsEveryYearWithItsVersionModeAndStatus() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            let page = try await browser.get("/admin/criteria")
            #expect(page.status == .ok)
            for year in try CriteriaCatalog.shared.get().availableYears {
                #expect(page.text.contains("id=\"year-\(year)\""), "a row for \(year)")
                #expect(page.text.contains("href=\"/admin/criteria/\(year)/versions/0.json\""))
            }
            #expect(page.text.contains("ระดับตัวอักษร") && page.text.contains("ผลการประเมินแบบผ่าน"))
            #expect(page.text.contains("ฉบับที่มากับโปรแกรม"))
            #expect(page.text.contains("ใช้เกณฑ์ปี 2569 ไปก่อน"), "2570 repeats 2569")
            #expect(page.text.contains("enctype=\"multipart/form-data\"") && page.text.contains("สร้างเกณฑ์ปีใหม่จากปี"))
            let admin = try await browser.get("/admin")
            #expect(admin.text.contains("href=\"/admin/criteria\""), "the administration page links to the criteria")
        }
    }

    @Test func aFileWithoutAWeightIsRefusedWithItsPlaceInTheFile() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            var object = try await Self.bundledObject(browser, year: 2567)
            var instruments = object["instruments"] as! [[String: Any]]
            instruments[0]["weight"] = nil
            object["instruments"] = instruments
            let response = try await Self.upload(browser, object, name: "ita-2567.json")
            #expect(response.status == .badRequest)
            #expect(response.text.contains("<code id=\"criteria-error-path\">instruments[0].weight</code>"))
            #expect(response.text.contains("ตำแหน่งในไฟล์") && response.text.contains("<code>ita-2567.json</code>"))
            #expect(response.text.contains("ไม่มีข้อมูล &quot;weight&quot;") && response.text.contains("missing field"))
            #expect(response.text.contains("id=\"upload-form\""), "the form is on the same page")
            #expect(try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: nil).isEmpty)
        }
    }

    @Test func aDuplicateItemIsRefusedByName() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            var object = try await Self.bundledObject(browser, year: 2567)
            var items = object["items"] as! [[String: Any]]
            items.append(items.first { $0["code"] as? String == "O7" }!)
            object["items"] = items
            let response = try await Self.upload(browser, object)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("รายการข้อ O7 ซ้ำกัน") && response.text.contains("duplicate item O7"))
            #expect(response.text.contains("items[\(items.count - 1)].code"))
            #expect(try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: nil).isEmpty)
        }
    }

    @Test func anItemInNoSubIndicatorIsRefused() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            var object = try await Self.bundledObject(browser, year: 2567)
            var indicators = object["indicators"] as! [[String: Any]]
            let nine = indicators.firstIndex { $0["number"] as? Int == 9 }!
            var subs = indicators[nine]["subIndicators"] as! [[String: Any]]
            subs[0]["items"] = (subs[0]["items"] as! [String]).filter { $0 != "O1" }
            indicators[nine]["subIndicators"] = subs
            object["indicators"] = indicators
            let response = try await Self.upload(browser, object)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("รายการข้อ O1 ไม่อยู่ในตัวชี้วัดหรือตัวชี้วัดย่อยใด"))
            #expect(try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: nil).isEmpty)
        }
    }

    @Test func anUploadIsSavedAsTheNextVersionWithAGeneratedNote() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            var object = try await Self.bundledObject(browser, year: 2567)
            var items = object["items"] as! [[String: Any]]
            let index = items.firstIndex { $0["code"] as? String == "O7" }!
            items[index]["textTH"] = "ข่าวประชาสัมพันธ์และกิจกรรม"
            object["items"] = items
            let response = try await Self.upload(browser, object, name: "ita-2567.json")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/admin/criteria/2567?saved=1")
            let page = try await browser.get("/admin/criteria/2567?saved=1")
            #expect(page.text.contains("บันทึกเกณฑ์ปี 2567 ฉบับที่ 1 แล้ว"))
            let stored = try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: 2567)
            #expect(stored.map(\.version) == [1])
            #expect(stored[0].note.hasPrefix("นำเข้าจากไฟล์ ita-2567.json: ข้อ O7: ชื่อเปลี่ยนจาก"))
            #expect(stored[0].createdBy == "ผู้ทดสอบ m-admin")
            #expect(page.text.contains("id=\"version-1\"") && page.text.contains("ผู้ทดสอบ m-admin"))
            let download = try await browser.get("/admin/criteria/2567/versions/1.json")
            #expect(Data(buffer: download.body) == stored[0].json)
            #expect(try await browser.get("/admin/criteria/2567/versions/9.json").status == .notFound)
            let list = try await browser.get("/admin/criteria")
            #expect(list.text.contains("ฉบับที่ 1"))
        }
    }

    @Test func aYearStartedFromTheLatestIsEditedInTheBrowser() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            let latest = try CriteriaCatalog.shared.get().availableYears.max()!
            let year = latest + 1
            let created = try await browser.post("/admin/criteria/derivations", form: [("from", "\(latest)"), ("year", "\(year)"), ("note", "")])
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == "/admin/criteria/\(year)?saved=1")
            var stored = try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: year)
            #expect(stored.map(\.note) == ["สร้างจากเกณฑ์ปี \(latest) ฉบับที่มากับโปรแกรม"])

            let editor = try await browser.get("/admin/criteria/\(year)")
            #expect(editor.status == .ok)
            var form = try CriteriaForm(page: editor.text)
            let o2 = try form.itemField("O2", "textTH")
            form["weight.IIT"] = "25"
            form["weight.OIT"] = "45"
            form[o2] = "ข้อมูลผู้บริหารและอำนาจหน้าที่"
            let saved = try await browser.post("/admin/criteria/\(year)/versions", form: form.fields)
            #expect(saved.status == .seeOther, "\(saved.text.prefix(2000))")
            #expect(saved.headers[.location] == "/admin/criteria/\(year)?saved=2")
            stored = try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: year)
            #expect(stored.map(\.version) == [1, 2])
            let note = stored[1].note
            #expect(note.contains("ข้อ O2: ชื่อเปลี่ยน") && note.contains("น้ำหนัก IIT เปลี่ยนจาก 30% เป็น 25%")
                && note.contains("น้ำหนัก OIT เปลี่ยนจาก 40% เป็น 45%"), "\(note)")
            let criteria = try CriteriaLoader.load(stored[1].json, file: "v2")
            #expect(criteria.instrument(.oit)?.weight == Decimal(string: "0.45"))
            #expect(criteria.item("O2")?.textTH == "ข้อมูลผู้บริหารและอำนาจหน้าที่")
            let page = try await browser.get("/admin/criteria/\(year)?saved=2")
            #expect(page.text.contains("บันทึกเกณฑ์ปี \(year) ฉบับที่ 2 แล้ว"))
            #expect(page.text.contains("value=\"ข้อมูลผู้บริหารและอำนาจหน้าที่\""))
        }
    }

    @Test func theEditorMovesAnItemAddsOneAndReadsBuddhistDates() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            var form = try CriteriaForm(page: try await browser.get("/admin/criteria/2567").text)
            form[try form.itemField("O3", "subIndicator")] = "9.2"
            form[try form.itemField("O3", "timing")] = "currentYear"
            form["new.code"] = "O44"
            form["new.textTH"] = "รายการทดสอบ"
            form["new.subIndicator"] = "10.2"
            form["new.components"] = "O44.1 | ส่วนแรก\nส่วนที่สอง"
            form["new.status"] = "R"
            form["step.0.start"] = "2/1/2567"
            let saved = try await browser.post("/admin/criteria/2567/versions", form: form.fields)
            #expect(saved.status == .seeOther, "\(saved.text.prefix(2000))")
            let stored = try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: 2567)
            let criteria = try CriteriaLoader.load(try #require(stored.last).json, file: "v1")
            #expect(criteria.item("O3")?.subIndicator == "9.2" && criteria.item("O3")?.timing == .currentYear)
            #expect(criteria.subIndicator("9.2")?.items.contains("O3") == true)
            #expect(criteria.subIndicator("9.1")?.items.contains("O3") == false)
            #expect(criteria.subIndicator("10.2")?.items.last == "O44")
            #expect(criteria.item("O44")?.components.map(\.id) == ["O44.1", "O44.2"])
            #expect(criteria.item("O44")?.indicator == 10)
            #expect(criteria.calendar[0].start == "2024-01-02")
        }
    }

    @Test func editsThatDoNotValidateComeBackWithTheReason() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            var form = try CriteriaForm(page: try await browser.get("/admin/criteria/2567").text)
            form["weight.IIT"] = "35"
            form[try form.itemField("O9", "textTH")] = "ชื่อที่แก้แล้ว"
            let weights = try await browser.post("/admin/criteria/2567/versions", form: form.fields)
            #expect(weights.status == .badRequest)
            #expect(weights.text.contains("น้ำหนักของแบบวัดรวมกันได้ 1.05"))
            #expect(weights.text.contains("value=\"35\"") && weights.text.contains("value=\"ชื่อที่แก้แล้ว\""), "the edits are kept")

            form["weight.IIT"] = "30"
            form["step.1.end"] = "31/13/2567"
            let date = try await browser.post("/admin/criteria/2567/versions", form: form.fields)
            #expect(date.status == .badRequest)
            #expect(date.text.contains("<code>step.1.end</code>"))

            form["step.1.end"] = "30/4/2567"
            form["base"] = "7"
            let stale = try await browser.post("/admin/criteria/2567/versions", form: form.fields)
            #expect(stale.status == .conflict)
            #expect(try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: nil).isEmpty)
        }
    }

    @Test func aYearWithItsOwnCriteriaIsNotOverwrittenByACopy() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.administrator(fixture)
            let response = try await browser.post("/admin/criteria/derivations", form: [("from", "2567"), ("year", "2568")])
            #expect(response.status == .conflict)
            #expect(response.text.contains("ปี 2568 มีเกณฑ์ของปีนั้นแล้ว") && response.text.contains("id=\"derive-form\""))
            let missing = try await browser.post("/admin/criteria/derivations", form: [("from", "2567"), ("year", "")])
            #expect(missing.status == .badRequest)
            #expect(try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: nil).isEmpty)
        }
    }

    @Test(arguments: ["m-coordinator", "m-viewer", "m-head", "m-other"])
    func onlyAdministratorsReachTheCriteria(username: String) async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn(username, RoleMatrixFixture.password)
            try await browser.get("/a/\(username == "m-other" ? "wangsaiphun" : "thapkhlo")")
            for path in ["/admin/criteria", "/admin/criteria/2567", "/admin/criteria/2567/versions/0.json"] {
                #expect(try await browser.get(path).status == .forbidden, "\(path)")
            }
            for path in ["/admin/criteria/files", "/admin/criteria/derivations", "/admin/criteria/2567/versions"] {
                let response = try await browser.post(path, form: [("from", "2567"), ("year", "2571"), ("base", "0")])
                #expect(response.status == .forbidden, "\(path)")
            }
            #expect(try await fixture.repositories.criteria.fetchCriteriaVersions(fiscalYear: nil).isEmpty)
        }
    }
}

/// The fields of the criteria editor's form as a browser would send them, read from the page.
struct CriteriaForm {
    private(set) var fields: [(String, String)] = []

    init(page: String) throws {
        guard let start = page.range(of: "id=\"criteria-form\">"), let end = page.range(of: "</form>", range: start.upperBound..<page.endIndex)
        else { throw TestFailure("no criteria form") }
        let form = String(page[start.upperBound..<end.lowerBound])
        for tag in form.matches(of: /<input [^>]*>/) {
            let attributes = Self.attributes(String(tag.output))
            guard let name = attributes["name"] else { continue }
            if attributes["type"] == "checkbox", !tag.output.contains(" checked") { continue }
            fields.append((name, attributes["value"] ?? ""))
        }
        for select in form.matches(of: /<select [^>]*name="([^"]+)"[^>]*>(.*?)<\/select>/.dotMatchesNewlines()) {
            let options = select.output.2.matches(of: /<option value="([^"]*)"( selected)?>/)
            let chosen = options.first { $0.output.2 != nil } ?? options.first
            fields.append((String(select.output.1), Self.unescape(String(chosen?.output.1 ?? ""))))
        }
        for area in form.matches(of: /<textarea [^>]*name="([^"]+)"[^>]*>(.*?)<\/textarea>/.dotMatchesNewlines()) {
            fields.append((String(area.output.1), Self.unescape(String(area.output.2))))
        }
    }

    subscript(name: String) -> String? {
        get { fields.first { $0.0 == name }?.1 }
        set {
            if let index = fields.firstIndex(where: { $0.0 == name }) {
                if let newValue { fields[index].1 = newValue } else { fields.remove(at: index) }
            } else if let newValue {
                fields.append((name, newValue))
            }
        }
    }

    /// "item.4.textTH" for the row of O5.
    func itemField(_ code: String, _ field: String) throws -> String {
        guard let row = fields.first(where: { $0.0.hasSuffix(".original") && $0.1 == code })?.0 else {
            throw TestFailure("no row for \(code)")
        }
        return row.replacingOccurrences(of: ".original", with: ".\(field)")
    }

    static func attributes(_ tag: String) -> [String: String] {
        var found: [String: String] = [:]
        for match in tag.matches(of: /([a-zA-Z.-]+)="([^"]*)"/) { found[String(match.output.1)] = unescape(String(match.output.2)) }
        return found
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

import Criteria
import Foundation
import Storage

/// `/admin/criteria/:year`: the year's criteria in forms (weights, rating levels, OIT items, calendar)
/// that save a new version, and the versions saved so far.
struct CriteriaEditorPage {
    let identity: Identity
    let language: Language
    let year: Int
    /// What the form shows: the newest version, or the edits that were just refused.
    let criteria: Criteria
    /// The version the edits start from; saving over a newer one is refused.
    let baseVersion: Int
    let hasBundled: Bool
    let versions: [StoredCriteriaVersion]
    var problem: CriteriaProblem?
    var error: WebError?
    var saved: Int?
    var note: String = ""

    var t: Language { language }

    func render() -> String {
        let mode = CriteriaDiff.modeLabel(criteria.presentation.mode)
        let assumed: HTML = criteria.assumedFrom.map {
            "<p class=\"notice warning\">\(t("เกณฑ์ปีนี้ใช้เกณฑ์ปี \($0) ไปก่อน จนกว่าจะแก้ไขตามคู่มือของปี \(year)", "These criteria repeat \($0) until they are edited from the \(year) manual."))</p>"
        } ?? .empty
        let content: HTML = """
            <h1>\(t("เกณฑ์การประเมิน ITA ปี", "ITA criteria,")) \(year)</h1>
            \(AdminNavigation(language: language, current: "/admin/criteria").render())
            <p><a href="/admin/criteria">\(t("กลับไปรายการเกณฑ์รายปี", "Back to the criteria of every year"))</a></p>
            \(saved.map { FormNotice.success(t("บันทึกเกณฑ์ปี \(year) ฉบับที่ \($0) แล้ว", "Saved the \(year) criteria as version \($0)")) } ?? .empty)
            <p>\(t("ฉบับที่ใช้อยู่", "In use")): <strong id="current-version">\(CriteriaAdministration.versionName(baseVersion, t))</strong>
            · \(t("รูปแบบผลการประเมิน", "Result mode")): \(t(mode.th, mode.en))
            · <a href="/admin/criteria/\(year)/versions/\(baseVersion).json" download>\(t("ดาวน์โหลด JSON", "Download JSON"))</a></p>
            \(assumed)
            \(problem?.render(t) ?? .empty)
            \(FormNotice.error(error, language: language))
            <form method="post" action="/admin/criteria/\(year)/versions" class="stack" id="criteria-form">
            \(CSRF.field(identity))
            <input type="hidden" name="base" value="\(baseVersion)">
            \(weightsFieldset())
            \(ratingsFieldset())
            \(itemsFieldset())
            \(newItemFieldset())
            \(calendarFieldset())
            <fieldset class="panel"><legend>\(t("บันทึกเป็นฉบับใหม่", "Save as a new version"))</legend>
            <div><label for="note">\(t("บันทึกการเปลี่ยนแปลง", "Note"))
            <span class="hint">\(t("ถ้าไม่กรอก ระบบจะสรุปสิ่งที่เปลี่ยนให้", "left empty, the changes are summarised for you"))</span></label>
            <textarea id="note" name="note" rows="2" maxlength="1000">\(note)</textarea></div>
            <div class="actions"><button type="submit">\(t("บันทึกเกณฑ์ฉบับใหม่", "Save the new version"))</button></div>
            </fieldset>
            </form>
            \(versionsSection())
            """
        return Layout(language: language, identity: identity, agency: nil, year: nil, current: .admin, path: "/admin/criteria/\(year)")
            .page(title: t("เกณฑ์ปี \(year)", "Criteria \(year)"), content)
    }

    private func weightsFieldset() -> HTML {
        let fields = criteria.instruments.map { instrument -> HTML in
            let code = instrument.code.rawValue
            return """
                <div><label for="weight.\(code)">\(code) — \(t(instrument.nameTH, instrument.nameEN)) (\(t("ร้อยละ", "%")))</label>
                <input type="text" inputmode="decimal" id="weight.\(code)" name="weight.\(code)" value="\(instrument.weightPercent)" required size="6"></div>
                """
        }
        return """
            <fieldset class="panel" id="weights"><legend>\(t("น้ำหนักของแบบวัด", "Instrument weights"))</legend>
            <p class="hint">\(t("ร้อยละ รวมกันต้องได้ 100 เช่น 30 30 40", "percentages adding up to 100, e.g. 30, 30, 40"))</p>
            \(fields)</fieldset>
            """
    }

    private func ratingsFieldset() -> HTML {
        guard criteria.presentation.mode == .ratingLevels else { return .empty }
        let rows = (criteria.presentation.ratings ?? []).enumerated().map { index, rating -> HTML in
            let name = "rating.\(index)"
            let each = rating.minimumEachInstrument.map { "\($0)" } ?? ""
            return """
                <tr><td><label class="visually-hidden" for="\(name).labelTH">\(t("ชื่อระดับ", "Thai label")) \(index + 1)</label>
                <input type="text" id="\(name).labelTH" name="\(name).labelTH" value="\(rating.labelTH)" required maxlength="60"></td>
                <td><label class="visually-hidden" for="\(name).labelEN">\(t("ชื่อภาษาอังกฤษ", "English label")) \(index + 1)</label>
                <input type="text" id="\(name).labelEN" name="\(name).labelEN" value="\(rating.labelEN)" maxlength="60"></td>
                <td><label class="visually-hidden" for="\(name).minimumTotal">\(t("คะแนนรวมขั้นต่ำ", "Minimum total")) \(rating.labelTH)</label>
                <input type="text" inputmode="decimal" id="\(name).minimumTotal" name="\(name).minimumTotal" value="\(rating.minimumTotal)" size="6" required></td>
                <td><label class="visually-hidden" for="\(name).minimumEach">\(t("คะแนนขั้นต่ำของแต่ละแบบวัด", "Minimum of each instrument")) \(rating.labelTH)</label>
                <input type="text" inputmode="decimal" id="\(name).minimumEach" name="\(name).minimumEach" value="\(each)" size="6"></td>
                <td><label><input type="checkbox" name="\(name).passes" value="1"\(rating.passes ? " checked" : "")> \(t("ผ่าน", "passes"))</label></td></tr>
                """
        }
        return """
            <fieldset class="panel" id="ratings"><legend>\(t("ระดับผลการประเมิน", "Rating levels"))</legend>
            <p class="hint">\(t("เรียงจากระดับสูงสุด ช่องคะแนนขั้นต่ำของแต่ละแบบวัดเว้นว่างได้หากระดับนั้นไม่กำหนด", "highest first; leave the minimum of each instrument empty where the level sets none"))</p>
            <table class="data"><thead><tr><th scope="col">\(t("ชื่อระดับ", "Thai label"))</th><th scope="col">\(t("ชื่อภาษาอังกฤษ", "English label"))</th>
            <th scope="col">\(t("คะแนนรวมขั้นต่ำ", "Minimum total"))</th><th scope="col">\(t("คะแนนขั้นต่ำของแต่ละแบบวัด", "Minimum of each instrument"))</th>
            <th scope="col">\(t("นับว่าผ่าน", "Passes"))</th></tr></thead><tbody>\(rows)</tbody></table>
            </fieldset>
            """
    }

    private func calendarFieldset() -> HTML {
        guard !criteria.calendar.isEmpty else { return .empty }
        let rows = criteria.calendar.enumerated().map { index, step -> HTML in
            let name = "step.\(index)"
            return """
                <tr><td><label class="visually-hidden" for="\(name).labelTH">\(t("ขั้นตอน", "Step")) \(index + 1)</label>
                <input type="text" id="\(name).labelTH" name="\(name).labelTH" value="\(step.labelTH)" required maxlength="120"></td>
                <td><label class="visually-hidden" for="\(name).start">\(t("วันเริ่มต้น", "Start")) \(step.labelTH)</label>
                <input type="text" id="\(name).start" name="\(name).start" value="\(CriteriaDateField.typed(step.start))" size="11" required></td>
                <td><label class="visually-hidden" for="\(name).end">\(t("วันสิ้นสุด", "End")) \(step.labelTH)</label>
                <input type="text" id="\(name).end" name="\(name).end" value="\(CriteriaDateField.typed(step.end))" size="11" required></td></tr>
                """
        }
        return """
            <fieldset class="panel" id="calendar"><legend>\(t("ปฏิทินการประเมิน", "Assessment calendar"))</legend>
            <p class="hint">\(t("วันที่แบบ วว/ดด/ปปปป พ.ศ. เช่น 15/11/2569", "dates as dd/mm/yyyy in B.E., e.g. 15/11/2569, or ISO 2026-11-15"))</p>
            <table class="data"><thead><tr><th scope="col">\(t("ขั้นตอน", "Step"))</th><th scope="col">\(t("วันเริ่มต้น", "Start"))</th>
            <th scope="col">\(t("วันสิ้นสุด", "End"))</th></tr></thead><tbody>\(rows)</tbody></table>
            </fieldset>
            """
    }

    private func versionsSection() -> HTML {
        var rows = versions.reversed().map { record -> HTML in
            """
            <tr id="version-\(record.version)"><th scope="row">\(record.version)</th><td>\(record.note)</td>
            <td>\(CriteriaDateField.moment(record.createdAt, t))</td><td>\(record.createdBy)</td>
            <td><a href="/admin/criteria/\(year)/versions/\(record.version).json" download>JSON</a></td></tr>
            """
        }
        if hasBundled {
            rows.append("""
                <tr id="version-0"><th scope="row">0</th><td>\(t("ฉบับที่มากับโปรแกรม", "the bundled file"))</td><td>-</td><td>-</td>
                <td><a href="/admin/criteria/\(year)/versions/0.json" download>JSON</a></td></tr>
                """)
        }
        return """
            <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">\(t("ฉบับที่บันทึกไว้", "Saved versions"))</h2>
            <table class="data" id="versions"><thead><tr><th scope="col">\(t("ฉบับที่", "Version"))</th>
            <th scope="col">\(t("บันทึกการเปลี่ยนแปลง", "Note"))</th><th scope="col">\(t("วันที่บันทึก", "Saved"))</th>
            <th scope="col">\(t("ผู้บันทึก", "Saved by"))</th><th scope="col">\(t("ดาวน์โหลด", "Download"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            </section>
            """
    }
}

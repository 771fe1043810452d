import Criteria
import Foundation
import Storage

/// `/admin/criteria`: every year's criteria with its newest version, and the forms that load a year
/// from a file or start one from an earlier year.
struct CriteriaListPage {
    let identity: Identity
    let language: Language
    let library: CriteriaLibrary
    /// Every stored version, including any the current rules no longer accept.
    var stored: [StoredCriteriaVersion]
    var problem: CriteriaProblem?
    var error: WebError?
    /// The form the refusal is about, to show it above that form.
    var refused: Form = .upload
    /// What the new-year form sent, to show it again.
    var derive: (from: Int?, year: String, note: String)?
    var uploadNote: String = ""

    var t: Language { language }

    enum Form { case upload, derive }

    private func notice(for form: Form) -> HTML {
        guard refused == form else { return .empty }
        return (problem?.render(t) ?? .empty) + (error.map { FormNotice.error($0, language: language) } ?? .empty)
    }

    func render() -> String {
        let content: HTML = """
            <h1>\(t("เกณฑ์การประเมิน ITA", "ITA criteria"))</h1>
            \(AdminNavigation(language: language, current: "/admin/criteria").render())
            <p>\(t("เกณฑ์ของแต่ละปีใช้คำนวณคะแนน ตรวจรายการเปิดเผยข้อมูล และร่างมาตรการ เมื่อสำนักงาน ป.ป.ช. ประกาศเกณฑ์ของปี ให้นำเข้าไฟล์หรือสร้างจากปีก่อนแล้วแก้ไข ทุกครั้งที่บันทึกจะเป็นฉบับใหม่ ฉบับเดิมยังคงอยู่",
                "Each year's criteria score results, check disclosures and draft measures. When the NACC publishes a year's criteria, upload them or start from an earlier year and edit; every save is a new version and earlier versions stay."))</p>
            <section aria-labelledby="years-heading">
            <h2 id="years-heading">\(t("เกณฑ์รายปี", "Criteria by year"))</h2>
            \(yearsTable())
            \(unusedVersions())
            </section>
            <section aria-labelledby="upload-heading">
            <h2 id="upload-heading">\(t("นำเข้าไฟล์เกณฑ์", "Upload a criteria file"))</h2>
            \(notice(for: .upload))
            \(uploadForm())
            </section>
            <section aria-labelledby="derive-heading">
            <h2 id="derive-heading">\(t("สร้างเกณฑ์ปีใหม่จากปีก่อน", "Start a year from an earlier year"))</h2>
            \(notice(for: .derive))
            \(deriveForm())
            </section>
            """
        return Layout(language: language, identity: identity, agency: nil, year: nil, current: .admin, path: "/admin/criteria")
            .page(title: t("เกณฑ์การประเมิน", "Criteria"), content)
    }

    private func yearsTable() -> HTML {
        let catalog = library.catalog
        let rows = catalog.availableYears.reversed().compactMap { year -> HTML? in
            guard let criteria = catalog.years[year] else { return nil }
            let version = library.latestVersion(of: year)
            let saved: HTML = library.storedVersions(of: year).last.map {
                " <span class=\"muted\">(\(CriteriaDateField.moment($0.record.createdAt, t)))</span>"
            } ?? .empty
            let oitCount = criteria.items.filter { criteria.indicator($0.indicator)?.instrument == .oit }.count
            return """
                <tr id="year-\(year)"><th scope="row">\(year)</th>
                <td>\(CriteriaAdministration.versionName(version, t))\(saved)</td>
                <td>\(oitCount)</td>
                <td>\(t(CriteriaDiff.modeLabel(criteria.presentation.mode).th, CriteriaDiff.modeLabel(criteria.presentation.mode).en))</td>
                <td>\(status(criteria))</td>
                <td><a href="/admin/criteria/\(year)">\(t("ดูและแก้ไข", "View and edit"))</a>
                · <a href="/admin/criteria/\(year)/versions/\(version).json" download>\(t("ดาวน์โหลด JSON", "Download JSON"))</a></td></tr>
                """
        }
        return """
            <table class="data" id="criteria-years"><thead><tr>
            <th scope="col">\(t("ปีงบประมาณ", "Fiscal year"))</th><th scope="col">\(t("ฉบับที่ใช้", "Version in use"))</th>
            <th scope="col">\(t("จำนวนข้อ OIT", "OIT items"))</th><th scope="col">\(t("รูปแบบผลการประเมิน", "Result mode"))</th>
            <th scope="col">\(t("สถานะ", "Status"))</th><th scope="col">\(t("การดำเนินการ", "Actions"))</th>
            </tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    /// Whether the year repeats another one, and how much of it is not verified.
    private func status(_ criteria: Criteria) -> HTML {
        var parts: [String] = []
        if let from = criteria.assumedFrom {
            parts.append(t("ใช้เกณฑ์ปี \(from) ไปก่อน", "assumed from \(from)"))
        }
        let unverified = criteria.unverifiedItems.count
        if unverified > 0 {
            parts.append(t("ยังไม่ยืนยัน \(unverified) ข้อ", "\(unverified) items not verified"))
        }
        if criteria.instruments.contains(where: { !$0.provenance.isVerified }) {
            parts.append(t("น้ำหนักยังไม่ยืนยัน", "weights not verified"))
        }
        return "\(parts.isEmpty ? t("ยืนยันแล้ว", "verified") : parts.joined(separator: " · "))"
    }

    /// Stored versions that the current rules refuse are kept but not used; say so.
    private func unusedVersions() -> HTML {
        let unused = stored.filter { library.criteria(year: $0.fiscalYear, version: $0.version) == nil }
        guard !unused.isEmpty else { return .empty }
        let items = unused.map { record -> HTML in
            "<li>\(t("ปี \(record.fiscalYear) ฉบับที่ \(record.version) ไม่ผ่านการตรวจสอบตามกฎปัจจุบัน จึงไม่ได้ใช้", "\(record.fiscalYear) version \(record.version) does not pass the current rules and is not used"))</li>"
        }
        return "<div class=\"notice warning\" id=\"unused-versions\"><ul>\(items)</ul></div>"
    }

    private func uploadForm() -> HTML {
        """
        <form method="post" action="/admin/criteria/files" enctype="multipart/form-data" class="stack panel" id="upload-form">
          \(CSRF.field(identity))
          <div><label for="file">\(t("ไฟล์เกณฑ์ (.json)", "Criteria file (.json)"))
          <span class="hint">\(t("รูปแบบเดียวกับไฟล์ที่ดาวน์โหลดจากหน้านี้ ปีของเกณฑ์อ่านจากไฟล์", "the format of the files downloaded here; the year is read from the file"))</span></label>
          <input type="file" id="file" name="file" accept=".json,application/json" required></div>
          <div><label for="upload-note">\(t("บันทึกการเปลี่ยนแปลง", "Note"))
          <span class="hint">\(t("ถ้าไม่กรอก ระบบจะสรุปสิ่งที่เปลี่ยนให้", "left empty, the changes are summarised for you"))</span></label>
          <textarea id="upload-note" name="note" rows="2" maxlength="1000">\(uploadNote)</textarea></div>
          <div class="actions"><button type="submit">\(t("นำเข้าไฟล์เกณฑ์", "Upload the criteria"))</button></div>
        </form>
        """
    }

    private func deriveForm() -> HTML {
        let years = library.catalog.availableYears
        let chosen = derive?.from ?? years.last
        let options = years.reversed().map { year -> HTML in
            "<option value=\"\(year)\"\(year == chosen ? " selected" : "")>\(year)</option>"
        }
        let suggested = derive?.year ?? (years.last.map { String($0 + 1) } ?? "")
        return """
            <form method="post" action="/admin/criteria/derivations" class="stack panel" id="derive-form">
              \(CSRF.field(identity))
              <p class="hint">\(t("คัดลอกรายการข้อ น้ำหนัก ระดับผลการประเมิน และปฏิทิน (เลื่อนปี) จากปีที่เลือก ทุกข้อจะมีสถานะยังไม่ยืนยันจนกว่าจะแก้ไขตามคู่มือของปีนั้น",
                "Copies the items, weights, rating scale and calendar (moved by the years between); every fact is marked unverified until edited from that year's manual."))</p>
              <div><label for="from">\(t("สร้างเกณฑ์ปีใหม่จากปี", "Start from the year"))</label>
              <select id="from" name="from">\(options)</select></div>
              <div><label for="year">\(t("ปีงบประมาณใหม่ (พ.ศ.)", "New fiscal year (B.E.)"))</label>
              <input type="number" id="year" name="year" min="2500" max="2700" value="\(suggested)" required></div>
              <div><label for="derive-note">\(t("บันทึกการเปลี่ยนแปลง", "Note"))</label>
              <textarea id="derive-note" name="note" rows="2" maxlength="1000">\(derive?.note ?? "")</textarea></div>
              <div class="actions"><button type="submit">\(t("สร้างเกณฑ์ปีใหม่", "Create the year"))</button></div>
            </form>
            """
    }
}

import Criteria
import Disclosure

/// An item's uploaded documents, with the upload form for editors.
struct DisclosureDocumentsView {
    let workspace: DisclosureWorkspace
    let item: Item
    let record: DisclosureRecord?
    let t: Language

    var scope: DisclosureScope { workspace.scope }

    func render() -> HTML {
        let rows = (record?.documents ?? []).map { document -> HTML in
            let remove: HTML = scope.canEdit ? """
                <form method="post" action="\(scope.base)/documents/\(document.id)/delete\(scope.yearQuery)" class="inline">\(CSRF.field(scope.agency.identity))
                <button type="submit" class="link">\(t("ลบ", "Remove"))</button></form>
                """ : .empty
            return """
                <tr><td><a href="\(scope.base)/documents/\(document.id)\(scope.yearQuery)">\(document.fileName)</a></td>
                <td>\(EvidenceIntake.label(document.contentType)) · \(EvidenceIntake.size(document.size))</td><td>\(remove)</td></tr>
                """
        }
        let none: HTML = "<tr><td colspan=\"3\" class=\"muted\">\(t("ยังไม่มีเอกสาร", "No document yet"))</td></tr>"
        let upload: HTML = scope.canEdit ? """
            <form method="post" action="\(scope.base)/items/\(DisclosureScope.segment(item.code))/documents\(scope.yearQuery)" enctype="multipart/form-data" class="stack">
            \(CSRF.field(scope.agency.identity))
            <label for="document">\(t("อัปโหลดเอกสาร", "Upload a document"))<span class="hint">\(EvidenceIntake.acceptedTH)</span></label>
            <input type="file" id="document" name="document">
            <div class="actions"><button type="submit" class="secondary">\(t("อัปโหลด", "Upload"))</button></div></form>
            """ : .empty
        return """
            <h2>\(t("เอกสารของข้อนี้", "Documents of this item"))</h2>
            <table class="data"><thead><tr><th scope="col">\(t("ไฟล์", "File"))</th><th scope="col">\(t("ชนิด", "Type"))</th><th scope="col"><span class="visually-hidden">\(t("ลบ", "Remove"))</span></th></tr></thead>
            <tbody>\(rows.isEmpty ? [none] : rows)</tbody></table>
            \(upload)
            """
    }
}

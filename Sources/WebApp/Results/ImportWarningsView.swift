import Importing

/// The importer's warnings, each with its line, in the page's language.
struct ImportWarningsView {
    let warnings: [ImportWarning]
    let language: Language

    func render() -> HTML {
        let t = language
        guard !warnings.isEmpty else {
            return "<p class=\"notice success\">\(t("ไม่มีคำเตือนจากการนำเข้า", "The import raised no warnings."))</p>"
        }
        let items = warnings.map { warning -> HTML in
            let place: HTML = warning.line.map { "<strong>\(t("บรรทัด", "line")) \($0)</strong> · " } ?? "<strong>\(t("ทั้งเอกสาร", "whole file"))</strong> · "
            return "<li>\(place)<code>\(warning.field)</code> — \(t(warning.messageTH, warning.messageEN))</li>"
        }
        return """
            <div class="notice warning"><p>\(t("ตรวจสอบรายการต่อไปนี้ก่อนยืนยัน (\(warnings.count) รายการ)", "Check these before confirming (\(warnings.count))")):</p>
            <ol class="warnings">\(items)</ol></div>
            """
    }
}

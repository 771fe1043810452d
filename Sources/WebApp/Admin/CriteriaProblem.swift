import Criteria

/// A criteria file or edit that the validator refused, shown above the form that sent it: the file,
/// the place in the file and the reason, in Thai with the validator's own English words.
struct CriteriaProblem: Error, Sendable {
    var error: CriteriaError

    func render(_ t: Language) -> HTML {
        let reasonTH = Self.thaiReason(error.reason)
        let english: HTML = t == .th ? " <span lang=\"en\" class=\"muted\">(\(error.reason))</span>" : .empty
        let path: HTML = error.path.isEmpty
            ? .empty
            : "<dt>\(t("ตำแหน่งในไฟล์", "Place in the file"))</dt><dd><code id=\"criteria-error-path\">\(error.path)</code></dd>"
        return """
            <div class="notice error" role="alert" id="error">
            <p><strong>\(t("เกณฑ์ไม่ผ่านการตรวจสอบ จึงยังไม่ได้บันทึก", "The criteria were refused; nothing was saved."))</strong></p>
            <dl class="facts"><dt>\(t("ไฟล์", "File"))</dt><dd><code>\(error.file)</code></dd>\(path)
            <dt>\(t("เหตุผล", "Reason"))</dt><dd>\(t(reasonTH, error.reason))\(english)</dd></dl>
            </div>
            """
    }

    /// The validator speaks English; the reasons an administrator meets most often, in Thai.
    static func thaiReason(_ reason: String) -> String {
        if let match = reason.firstMatch(of: /^missing field "(.+)"$/) { return "ไม่มีข้อมูล \"\(match.1)\"" }
        if reason.hasPrefix("expected a value of type") { return "ชนิดของข้อมูลไม่ถูกต้อง" }
        if reason.hasPrefix("missing a value of type") { return "ไม่มีค่าของข้อมูล" }
        if reason.contains("not valid JSON") { return "ไฟล์ไม่ใช่ JSON ที่ถูกต้อง" }
        if let match = reason.firstMatch(of: /^duplicate item (.+)$/) { return "รายการข้อ \(match.1) ซ้ำกัน" }
        if let match = reason.firstMatch(of: /^(.+) is not listed under any indicator$/) {
            return "รายการข้อ \(match.1) ไม่อยู่ในตัวชี้วัดหรือตัวชี้วัดย่อยใด"
        }
        if let match = reason.firstMatch(of: /^weights add up to (.+), not 1$/) {
            return "น้ำหนักของแบบวัดรวมกันได้ \(match.1) ต้องรวมกันได้ 1 (ร้อยละ 100)"
        }
        if reason == "must be above 0" { return "ต้องมากกว่า 0" }
        if let match = reason.firstMatch(of: /^sub-indicator (.+) has no items$/) { return "ตัวชี้วัดย่อย \(match.1) ไม่มีรายการข้อ" }
        if let match = reason.firstMatch(of: /^lists (.+), which is not in items$/) { return "อ้างถึงข้อ \(match.1) ซึ่งไม่มีในรายการข้อ" }
        if let match = reason.firstMatch(of: /^lists (.+), already listed at/) { return "ข้อ \(match.1) อยู่ในตัวชี้วัดย่อยมากกว่าหนึ่งแห่ง" }
        if let match = reason.firstMatch(of: /^(.+) has no Thai text$/) { return "รายการข้อ \(match.1) ไม่มีชื่อภาษาไทย" }
        if let match = reason.firstMatch(of: /^OIT item (.+) lists no components/) {
            return "รายการข้อ \(match.1) ไม่มีองค์ประกอบ หากยังไม่ทราบ ให้เลือกสถานะ \"?\""
        }
        if reason.contains("is not a date written YYYY-MM-DD") { return "วันที่ไม่ถูกต้อง" }
        if reason == "ends before it starts" { return "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น" }
        if reason == "steps are listed in time order" { return "ขั้นตอนต้องเรียงตามลำดับเวลา" }
        if reason.contains("is not a พ.ศ. year") { return "ปีงบประมาณต้องเป็นปี พ.ศ." }
        if reason.hasPrefix("rating label") { return "ชื่อระดับผลการประเมินว่างหรือซ้ำกัน" }
        if reason.hasPrefix("levels run from the highest down") { return "ระดับผลการประเมินต้องเรียงจากคะแนนสูงไปต่ำ" }
        if reason.hasPrefix("the lowest level must take every result") {
            return "ระดับต่ำสุดต้องมีคะแนนรวมขั้นต่ำ 0 และไม่กำหนดคะแนนขั้นต่ำของแต่ละแบบวัด"
        }
        return "ข้อมูลไม่เป็นไปตามรูปแบบของไฟล์เกณฑ์"
    }
}

/// A fact of a year's criteria that is not verified against an NACC source, said in plain words
/// for the pages and documents that rest on it.
public struct CriteriaCaveat: Hashable, Sendable {
    public var th: String
    public var en: String

    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }
}

extension Criteria {
    /// What a reader of this year's scores must know: an assumed year, a rating scale or weights
    /// from a single source, and a guessed OIT grouping. Empty for a year whose facts are verified.
    public var caveats: [CriteriaCaveat] {
        var list: [CriteriaCaveat] = []
        if let from = assumedFrom {
            list.append(CriteriaCaveat(
                th: "สำนักงาน ป.ป.ช. ยังไม่ประกาศเกณฑ์ปี \(fiscalYear) จึงใช้เกณฑ์ปี \(from) ไปก่อน ผู้ดูแลระบบปรับเกณฑ์ได้เมื่อมีคู่มือ",
                en: "The NACC has not published the \(fiscalYear) criteria; those of \(from) are used until an administrator updates them."))
        }
        let unverifiedRatings = presentation.ratingScale.filter { !$0.provenance.isVerified }.map(\.labelTH)
        if !unverifiedRatings.isEmpty {
            list.append(CriteriaCaveat(
                th: "เงื่อนไขของระดับ \(unverifiedRatings.joined(separator: ", ")) ปี \(fiscalYear) ยังไม่ได้ยืนยันกับคู่มือของสำนักงาน ป.ป.ช.",
                en: "The conditions of \(presentation.ratingScale.filter { !$0.provenance.isVerified }.map(\.labelEN).joined(separator: ", ")) for \(fiscalYear) are not verified against an NACC manual."))
        }
        if instruments.contains(where: { !$0.provenance.isVerified }) {
            list.append(CriteriaCaveat(
                th: "น้ำหนัก IIT/EIT/OIT ปี \(fiscalYear) (\(instruments.map { "\($0.weightPercent)" }.joined(separator: "/"))) ยังไม่ได้ยืนยันกับคู่มือของสำนักงาน ป.ป.ช.",
                en: "The \(fiscalYear) instrument weights are not verified against an NACC manual."))
        }
        if oitScoresAreEstimates {
            list.append(CriteriaCaveat(
                th: "ยังไม่ทราบการจัดกลุ่มตัวชี้วัดย่อยของแบบตรวจ OIT ปี \(fiscalYear) คะแนนตัวชี้วัดที่ 9 และ 10 ที่คำนวณจากรายการข้อจึงเป็นค่าประมาณ",
                en: "The OIT sub-indicator grouping of \(fiscalYear) is not known, so indicators 9 and 10 computed from items are estimates."))
        }
        return list
    }

    /// The caveat of one item, when its title, place or components are not verified.
    public func caveat(for item: Item) -> CriteriaCaveat? {
        guard !item.provenance.isVerified else { return nil }
        return item.provenance.status == .open
            ? CriteriaCaveat(
                th: "รายการข้อ \(item.code) ปี \(fiscalYear) ยังไม่ทราบชื่อหรือองค์ประกอบที่แน่นอน และยังไม่ได้ยืนยันกับคู่มือของสำนักงาน ป.ป.ช.",
                en: "Item \(item.code) of \(fiscalYear): its title or components are not known and not verified against an NACC manual.")
            : CriteriaCaveat(
                th: "รายการข้อ \(item.code) ปี \(fiscalYear) ยังไม่ได้ยืนยันกับคู่มือของสำนักงาน ป.ป.ช.",
                en: "Item \(item.code) of \(fiscalYear) is not verified against an NACC manual.")
    }

    /// The item's sub-indicator as a reader should see it: "9.1", or that it is not known.
    public func subIndicatorLabel(for item: Item) -> (th: String, en: String) {
        guard let code = item.subIndicator else { return ("-", "-") }
        return isMembershipKnown(code)
            ? (code, code)
            : ("ไม่ทราบ (คาดว่า \(code))", "unknown (probably \(code))")
    }
}

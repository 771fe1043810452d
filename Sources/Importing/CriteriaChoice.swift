import Criteria

/// Which year's criteria an import reads codes and titles with.
enum CriteriaChoice {
    /// The criteria of `year`. When the catalog lacks that year and `allowNearest` is set, the nearest
    /// earlier year (else the nearest later one) with a warning: item codes change little between
    /// neighbouring years, and reading them with a stated substitute beats not reading them at all.
    static func criteria(
        for year: Int, in catalog: CriteriaCatalog, allowNearest: Bool, line: Int?, warnings: inout [ImportWarning]
    ) -> Criteria? {
        if let criteria = catalog.years[year] { return criteria }
        let available = catalog.availableYears
        let list = available.map(String.init).joined(separator: ", ")
        guard allowNearest, let substitute = available.last(where: { $0 < year }) ?? available.first,
            let criteria = catalog.years[substitute]
        else {
            warnings.append(ImportWarning(
                line: line, field: "fiscalYear",
                messageTH: "ไม่มีเกณฑ์ของปี \(year) (มี: \(list)) จึงตรวจได้เฉพาะรูปแบบ ไม่ตรวจรหัสข้อกับเกณฑ์",
                messageEN: "no criteria for fiscal year \(year) (available: \(list)); "
                    + "only the format was checked, not item codes"))
            return nil
        }
        warnings.append(ImportWarning(
            line: line, field: "fiscalYear",
            messageTH: "ไม่มีเกณฑ์ของปี \(year) จึงอ่านรหัสข้อและชื่อข้อด้วยเกณฑ์ปี \(substitute) แทน โปรดตรวจสอบ",
            messageEN: "no criteria for fiscal year \(year); item codes and titles were read with the "
                + "\(substitute) criteria instead; please check"))
        return criteria
    }
}

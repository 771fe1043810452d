/// ส่วนราชการ — the divisions most agencies of a kind have, used to fill drafts and to repair
/// division names that PDF extraction broke.
public enum TypicalDivisions {
    /// The six divisions of a typical องค์การบริหารส่วนตำบล (อบต.).
    public static let subdistrictAdministrativeOrganisation = [
        "สำนักปลัด",
        "กองคลัง",
        "กองช่าง",
        "กองการศึกษา ศาสนา และวัฒนธรรม",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองสวัสดิการสังคม",
    ]
}

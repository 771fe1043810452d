/// หน่วยงาน — a public agency as its documents name it.
public struct Agency: Codable, Hashable, Sendable {
    /// ประเภท, e.g. "องค์การบริหารส่วนตำบล".
    public var kind: String
    /// The name without its kind, e.g. "ทับคล้อ".
    public var name: String
    /// อำเภอ, without the word อำเภอ.
    public var district: String
    /// จังหวัด, without the word จังหวัด.
    public var province: String

    public init(kind: String, name: String, district: String, province: String) {
        self.kind = kind
        self.name = name
        self.district = district
        self.province = province
    }

    /// "องค์การบริหารส่วนตำบลทับคล้อ"
    public var fullName: String { kind + name }

    /// "อำเภอทับคล้อ จังหวัดพิจิตร"
    public var locationLine: String { "อำเภอ\(district) จังหวัด\(province)" }
}

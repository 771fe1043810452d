/// Where a case was sent.
public enum ForwardingDestination: String, Codable, CaseIterable, Hashable, Sendable {
    /// สำนักงาน ป.ป.ช. — the National Anti-Corruption Commission (or its provincial office).
    case nacc
    /// อำเภอ — the district office, which oversees subdistrict administrative organisations.
    case district
    /// จังหวัด — the province (its governor or its ศูนย์ดำรงธรรม).
    case province
    /// สำนักงาน ป.ป.ท. — the Public Sector Anti-Corruption Commission.
    case pacc
    /// Another body, named in the note.
    case other

    public var nameTH: String {
        switch self {
        case .nacc: "สำนักงาน ป.ป.ช."
        case .district: "อำเภอ"
        case .province: "จังหวัด / ศูนย์ดำรงธรรม"
        case .pacc: "สำนักงาน ป.ป.ท."
        case .other: "หน่วยงานอื่น"
        }
    }

    public var nameEN: String {
        switch self {
        case .nacc: "NACC"
        case .district: "District office"
        case .province: "Province / Damrongtham Centre"
        case .pacc: "PACC"
        case .other: "Another body"
        }
    }
}

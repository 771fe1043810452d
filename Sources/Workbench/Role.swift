/// What a user may do. Checked on every route.
public enum Role: String, Codable, Hashable, Sendable, CaseIterable {
    /// ผู้ดูแลระบบ — manages agencies and users of the installation.
    case administrator
    /// ผู้ประสานงาน ITA — edits everything of the agency's yearly cycle.
    case coordinator
    /// หัวหน้าส่วนราชการ — reports progress on the measures of the division only.
    case divisionHead
    /// ผู้ดู — reads.
    case viewer

    public var nameTH: String {
        switch self {
        case .administrator: "ผู้ดูแลระบบ"
        case .coordinator: "ผู้ประสานงาน ITA"
        case .divisionHead: "หัวหน้าส่วนราชการ"
        case .viewer: "ผู้ดูข้อมูล"
        }
    }

    public var nameEN: String {
        switch self {
        case .administrator: "Administrator"
        case .coordinator: "ITA coordinator"
        case .divisionHead: "Division head"
        case .viewer: "Viewer"
        }
    }
}

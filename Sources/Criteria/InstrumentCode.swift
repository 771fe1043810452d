/// The three ITA instruments (แบบวัด).
public enum InstrumentCode: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    /// IIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (internal staff survey)
    case iit = "IIT"
    /// EIT — แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (service-user survey)
    case eit = "EIT"
    /// OIT — แบบตรวจการเปิดเผยข้อมูลสาธารณะ (website disclosure check)
    case oit = "OIT"

    public static func < (lhs: InstrumentCode, rhs: InstrumentCode) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The letter that starts the instrument's item codes: I, E or O.
    public var itemPrefix: Character {
        switch self {
        case .iit: "I"
        case .eit: "E"
        case .oit: "O"
        }
    }
}

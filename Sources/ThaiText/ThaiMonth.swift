/// A Gregorian month named the Thai way (ต.ค., ตุลาคม).
public enum ThaiMonth: Int, Codable, CaseIterable, Hashable, Sendable, Comparable {
    case january = 1, february, march, april, may, june, july, august, september, october, november, december

    public static func < (lhs: ThaiMonth, rhs: ThaiMonth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// ม.ค. … ธ.ค., as Thai official documents abbreviate months.
    public var abbreviation: String { Self.abbreviations[rawValue - 1] }

    /// มกราคม … ธันวาคม.
    public var fullName: String { Self.fullNames[rawValue - 1] }

    /// January … December, for the English pages.
    public var englishAbbreviation: String { Self.englishAbbreviations[rawValue - 1] }

    static let abbreviations = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]
    static let fullNames = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]
    static let englishAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Reads a Thai month written either way, tolerating missing dots and spaces ("ตค", "ต.ค", "ตุลาคม").
    public init?(thai text: String) {
        let bare = text.filter { $0 != "." && !$0.isWhitespace }
        if let index = Self.fullNames.firstIndex(of: bare) {
            self.init(rawValue: index + 1)
        } else if let index = Self.abbreviations.firstIndex(where: { $0.filter { $0 != "." } == bare }) {
            self.init(rawValue: index + 1)
        } else {
            return nil
        }
    }
}

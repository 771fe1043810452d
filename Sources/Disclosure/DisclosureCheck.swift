import Criteria

/// The checker's result for a whole year: every OIT item with its flags.
public struct DisclosureCheck: Hashable, Sendable {
    public var fiscalYear: Int
    public var items: [ItemCheck]
    /// How many URLs had a link-check result.
    public var checkedLinks: Int

    public var flags: [DisclosureFlag] { items.flatMap(\.flags) }

    /// The verdict the prediction feeds to the scorer: an item passes when it has no flag.
    public var verdicts: [String: Bool] {
        Dictionary(uniqueKeysWithValues: items.map { ($0.item.code, $0.passes) })
    }

    public func item(_ code: String) -> ItemCheck? {
        items.first { $0.item.code.uppercased() == code.uppercased() }
    }
}

/// One item's result.
public struct ItemCheck: Hashable, Sendable {
    public var item: Item
    public var record: DisclosureRecord?
    public var flags: [DisclosureFlag]

    public var passes: Bool { flags.isEmpty }

    public var status: DisclosureStatus {
        if record?.isEmpty ?? true { return .empty }
        return flags.isEmpty ? .ready : .flagged
    }
}

/// Where an item stands, for lists.
public enum DisclosureStatus: String, Codable, Hashable, Sendable {
    case empty, flagged, ready

    public var nameTH: String {
        switch self {
        case .empty: "ยังไม่มีข้อมูล"
        case .flagged: "ต้องแก้ไข"
        case .ready: "พร้อมส่ง"
        }
    }

    public var nameEN: String {
        switch self {
        case .empty: "Empty"
        case .flagged: "Needs work"
        case .ready: "Ready"
        }
    }
}

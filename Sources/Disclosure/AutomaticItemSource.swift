import Criteria

/// An OIT item Prongsai fills in itself from data it already keeps: the measures document (O42), the
/// progress report (O43), and later the complaint statistics and the risk register.
///
/// This is the extension point: a feature that keeps the data behind an item adds a source to the
/// list the disclosure pages build (see `AutomaticItems.standard` and the web layer's
/// `DisclosureSources`). A source finds its item by topic, since codes move between years.
public struct AutomaticItemSource: Sendable {
    /// What fills the item, for the pages: "มาตรการส่งเสริมคุณธรรมฯ ใน Prongsai".
    public var nameTH: String
    public var nameEN: String
    /// What the data behind the item still lacks and where to add it, for the people who fix it
    /// ("measures 6 and 7 do not say how results are reported").
    public var gaps: [Gap]
    public var matches: @Sendable (Item) -> Bool
    /// The record as shown and checked, from the stored one (links the agency added are kept).
    public var fill: @Sendable (Item, DisclosureRecord) -> DisclosureRecord

    public init(
        nameTH: String, nameEN: String, gaps: [Gap] = [], matches: @escaping @Sendable (Item) -> Bool,
        fill: @escaping @Sendable (Item, DisclosureRecord) -> DisclosureRecord
    ) {
        self.nameTH = nameTH
        self.nameEN = nameEN
        self.gaps = gaps
        self.matches = matches
        self.fill = fill
    }

    /// One thing the source's data lacks, in Thai and English.
    public struct Gap: Hashable, Sendable {
        public var th: String
        public var en: String

        public init(th: String, en: String) {
            self.th = th
            self.en = en
        }
    }
}

/// Applies the automatic sources to a year's records.
public enum AutomaticItems {
    /// The records with every item a source matches filled in; items without a stored record get one.
    public static func apply(
        _ sources: [AutomaticItemSource], to records: [DisclosureRecord], items: [Item], blank: (Item) -> DisclosureRecord
    ) -> [DisclosureRecord] {
        var byCode = Dictionary(records.map { ($0.itemCode.uppercased(), $0) }, uniquingKeysWith: { _, last in last })
        for item in items {
            guard let source = sources.first(where: { $0.matches(item) }) else { continue }
            let key = item.code.uppercased()
            byCode[key] = source.fill(item, byCode[key] ?? blank(item))
        }
        return items.compactMap { byCode[$0.code.uppercased()] }
            + records.filter { record in !items.contains { $0.code.uppercased() == record.itemCode.uppercased() } }
    }

    /// The source that fills an item, if any.
    public static func source(for item: Item, in sources: [AutomaticItemSource]) -> AutomaticItemSource? {
        sources.first { $0.matches(item) }
    }

    /// Puts Prongsai's own link first and keeps the agency's other links after it.
    static func withLink(_ link: DisclosureLink, in record: DisclosureRecord) -> [DisclosureLink] {
        [link] + record.links.filter { $0.url != link.url }
    }

    /// Ticks the components a rule decides; a component no rule knows keeps the agency's own tick.
    static func tick(
        _ item: Item, _ record: DisclosureRecord, rules: [(keyword: String, evidence: String?)]
    ) -> [ComponentEvidence] {
        item.components.compactMap { component in
            guard let rule = rules.first(where: { component.textTH.contains($0.keyword) }) else {
                return record.evidence(for: component.id)
            }
            return rule.evidence.map { ComponentEvidence(componentID: component.id, evidence: $0) }
        }
    }
}

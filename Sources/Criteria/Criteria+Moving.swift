extension Criteria {
    /// The same criteria with one OIT item placed in another sub-indicator of its indicator, for
    /// showing how much an item could be worth when the year's grouping is not known. Nil when the
    /// move would empty the item's present sub-indicator or names no sub-indicator of its indicator.
    public func moving(_ code: String, to subIndicatorCode: String) -> Criteria? {
        guard let item = item(code), let indicatorIndex = indicators.firstIndex(where: { $0.number == item.indicator }),
            indicators[indicatorIndex].subIndicators.contains(where: { $0.code == subIndicatorCode })
        else { return nil }
        var copy = self
        var subs = copy.indicators[indicatorIndex].subIndicators
        for index in subs.indices {
            subs[index].items.removeAll { $0.uppercased() == item.code.uppercased() }
            if subs[index].code == subIndicatorCode { subs[index].items.append(item.code) }
        }
        guard subs.allSatisfy({ !$0.items.isEmpty }) else { return nil }
        copy.indicators[indicatorIndex].subIndicators = subs
        if let itemIndex = copy.items.firstIndex(where: { $0.code == item.code }) {
            copy.items[itemIndex].subIndicator = subIndicatorCode
        }
        return copy
    }
}

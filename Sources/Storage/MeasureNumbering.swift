import Foundation
import Workbench

/// Numbers a plan year's measures 1…n in a given order. Every adapter applies this one rule inside its own
/// transaction, so a move or a delete never leaves the numbering half-written.
public enum MeasureNumbering {
    /// The measures whose position changes, before and after. `order` must name every measure of `current`
    /// exactly once; anything else throws `.conflict`, because the plan changed since the caller read it.
    public static func changes(
        of current: [MeasureRecord], to order: [Identifier<MeasureRecord>], at date: Date
    ) throws -> [(before: MeasureRecord, after: MeasureRecord)] {
        let byID = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard order.count == current.count, Set(order) == Set(byID.keys) else {
            throw StorageError.conflict("the new order does not name every measure of the plan year once")
        }
        return order.enumerated().compactMap { index, id in
            let before = byID[id]!
            guard before.position != index + 1 else { return nil }
            var after = before
            after.position = index + 1
            after.updatedAt = date
            return (before, after)
        }
    }

    /// The order the tables show: by position, then by id for a tie.
    public static func ordered(_ measures: [MeasureRecord]) -> [MeasureRecord] {
        measures.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
    }
}

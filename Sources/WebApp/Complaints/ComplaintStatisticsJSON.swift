import Complaints

/// The protected statistics as JSON: each figure as its printed text ("12", "<3", "4–6", "—").
struct ComplaintStatisticsJSON: Encodable {
    var fiscalYear: Int
    var total: String
    var categories: [String]
    var months: [String: [String]]
    var monthTotals: [String: String]
    var categoryTotals: [String: String]
    var statuses: [String: [String]]?

    init(_ s: ProtectedComplaintStatistics) {
        fiscalYear = s.fiscalYear.buddhistEra
        total = s.grandTotal.text
        categories = s.categories.map(\.rawValue)
        let monthKeys = s.months.map { "\($0.year)-\($0.month.rawValue < 10 ? "0" : "")\($0.month.rawValue)" }
        months = Dictionary(uniqueKeysWithValues: zip(monthKeys, s.monthCells.map { $0.map(\.text) }))
        monthTotals = Dictionary(uniqueKeysWithValues: zip(monthKeys, s.monthTotals.map(\.text)))
        categoryTotals = Dictionary(uniqueKeysWithValues: zip(s.categories.map(\.rawValue), s.categoryTotals.map(\.text)))
        statuses = s.statusCells.map { cells in Dictionary(uniqueKeysWithValues: zip(s.statuses.map(\.rawValue), cells.map { $0.map(\.text) })) }
    }
}

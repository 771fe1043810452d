import Criteria
import Foundation
import Scoring

/// The FY2565 result of อบต.ทับคล้อ as printed in its measures document (Tests/Fixtures).
enum Seed {
    static let criteria = try! CriteriaCatalog.bundled().criteria(for: 2565)

    static func d(_ text: String) -> Decimal { Decimal(string: text)! }

    static let indicators: [Int: Decimal] = [
        1: d("100.00"), 2: d("99.50"), 3: d("100.00"), 4: d("99.45"), 5: d("100.00"),
        6: d("88.21"), 7: d("66.15"), 8: d("81.35"), 9: d("74.21"), 10: d("25.00"),
    ]

    static let published = PublishedResult(
        fiscalYear: 2565, indicators: indicators,
        instruments: [
            PublishedInstrument(code: .iit, score: d("99.80"), weightPercent: 30, weighted: d("29.94")),
            PublishedInstrument(code: .eit, score: d("78.57"), weightPercent: 30, weighted: d("23.57")),
            PublishedInstrument(code: .oit, score: d("49.60"), weightPercent: 40, weighted: d("19.84")),
        ],
        total: d("73.35"), level: "C")

    /// The eight indicator-9 items the assessor's analysis (section 2, line 100) names:
    /// executives' contacts, 6-month report, annual report, annual budget report,
    /// monthly procurement (March missing), annual procurement report, HR criteria, annual HR report.
    static let rejectedIndicator9: Set<String> = ["O2", "O11", "O12", "O20", "O23", "O24", "O27", "O28"]

    /// The five indicator-10 items the comments name: risk assessment, risk actions,
    /// organisational culture, O42, O43.
    static let rejectedIndicator10Named: Set<String> = ["O36", "O37", "O38", "O42", "O43"]
}

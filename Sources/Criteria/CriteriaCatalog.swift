import Foundation

/// The year files bundled with Prongsai, loaded and validated once.
public struct CriteriaCatalog: Sendable {
    public let years: [Int: Criteria]

    public init(years: [Int: Criteria]) {
        self.years = years
    }

    /// Loads every bundled `criteria-YYYY.json`. A bad bundled file is a build defect, so it throws.
    public static func bundled() throws(CriteriaError) -> CriteriaCatalog {
        guard
            let folder = Bundle.module.url(forResource: "years", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else {
            throw CriteriaError(file: "years", path: "", reason: "the bundled criteria folder is missing")
        }
        var years: [Int: Criteria] = [:]
        for name in names.sorted() where name.hasPrefix("criteria-") && name.hasSuffix(".json") {
            let url = folder.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else {
                throw CriteriaError(file: name, path: "", reason: "cannot be read")
            }
            let criteria = try CriteriaLoader.load(data, file: name)
            guard name == "criteria-\(criteria.fiscalYear).json" else {
                throw CriteriaError(file: name, path: "fiscalYear", reason: "the file name says another year than \(criteria.fiscalYear)")
            }
            years[criteria.fiscalYear] = criteria
        }
        return CriteriaCatalog(years: years)
    }

    /// The shared bundled catalog. Loading it more than once would only repeat the same work.
    public static let shared: Result<CriteriaCatalog, CriteriaError> = Result { () throws(CriteriaError) in
        try bundled()
    }

    public var availableYears: [Int] { years.keys.sorted() }

    /// The criteria of a year, or a clear error listing the years there are.
    public func criteria(for year: Int) throws(CriteriaError) -> Criteria {
        guard let criteria = years[year] else {
            let list = availableYears.map(String.init).joined(separator: ", ")
            throw CriteriaError(
                file: "criteria-\(year).json", path: "",
                reason: "ไม่มีเกณฑ์ของปี \(year) / no criteria for fiscal year \(year); available: \(list)")
        }
        return criteria
    }
}

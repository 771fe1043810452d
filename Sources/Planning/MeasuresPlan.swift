import Scoring

/// มาตรการส่งเสริมคุณธรรมและความโปร่งใส — the whole yearly document as data:
/// last year's result and recommendations, the analysis, and this year's measures.
public struct MeasuresPlan: Codable, Hashable, Sendable {
    public var agency: Agency
    /// The fiscal year whose ITA result is analysed (พ.ศ.), e.g. 2565.
    public var assessedYear: Int
    /// The fiscal year the measures are for, e.g. 2566.
    public var planYear: Int
    public var result: PublishedResult
    /// The assessor's general comment, where printed.
    public var assessorSummary: String?
    public var recommendations: [Recommendation]
    public var analysis: [IndicatorAnalysis]
    public var measures: [Measure]

    public init(
        agency: Agency, assessedYear: Int, planYear: Int, result: PublishedResult, assessorSummary: String? = nil,
        recommendations: [Recommendation], analysis: [IndicatorAnalysis], measures: [Measure]
    ) {
        self.agency = agency
        self.assessedYear = assessedYear
        self.planYear = planYear
        self.result = result
        self.assessorSummary = assessorSummary
        self.recommendations = recommendations
        self.analysis = analysis
        self.measures = measures
    }

    public func analysis(ofIndicator number: Int) -> IndicatorAnalysis? {
        analysis.first { $0.indicator == number }
    }

    /// Every OIT item that the recommendations or the analysis name as not accepted.
    public var namedRejectedItems: Set<String> {
        var codes = Set(recommendations.compactMap(\.itemCode).filter { $0.uppercased().hasPrefix("O") })
        for entry in analysis {
            for weakness in entry.urgentWeaknesses {
                if let code = weakness.itemCode, code.uppercased().hasPrefix("O") { codes.insert(code) }
            }
        }
        return codes
    }
}

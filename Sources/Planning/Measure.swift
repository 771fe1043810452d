import ThaiText

/// มาตรการ — one improvement measure of the plan.
public struct Measure: Codable, Hashable, Sendable {
    /// มาตรการ/แนวทาง
    public var title: String
    /// วิธีดำเนินการ, one step per entry.
    public var steps: [String]
    /// ผู้รับผิดชอบ, one division per entry.
    public var divisions: [String]
    /// ระยะเวลาดำเนินการ
    public var period: MonthPeriod
    /// การติดตามประเมินผล
    public var monitoring: String
    /// Indicators the measure is meant to raise.
    public var indicators: [Int]
    /// Items the measure answers (from recommendations).
    public var itemCodes: [String]

    public init(
        title: String, steps: [String], divisions: [String], period: MonthPeriod, monitoring: String,
        indicators: [Int] = [], itemCodes: [String] = []
    ) {
        self.title = title
        self.steps = steps
        self.divisions = divisions
        self.period = period
        self.monitoring = monitoring
        self.indicators = indicators
        self.itemCodes = itemCodes
    }
}

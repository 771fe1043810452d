import Criteria
import Planning

/// The analysis of one instrument's indicators.
public struct AnalysisTable: Hashable, Sendable {
    public var instrument: InstrumentCode
    /// The full-width row under the header: "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)".
    public var heading: String
    public var rows: [Row]

    public struct Row: Hashable, Sendable {
        public var indicator: String
        public var keepOrImprove: String
        /// Printed as a numbered list "1) …", each with its details as a sub-list "1. …".
        public var weaknesses: [Weakness]
    }
}

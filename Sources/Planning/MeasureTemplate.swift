/// A reusable wording of a measure, for one or more items or for a whole indicator.
public struct MeasureTemplate: Codable, Hashable, Sendable {
    public var key: String
    public var indicators: [Int]
    /// Items whose recommendation this template answers; empty for an indicator-wide template.
    public var items: [String]
    public var title: String
    public var steps: [String]
    public var divisions: Divisions
    public var period: PeriodRule
    public var monitoring: MonitoringRule

    /// Who carries a measure out: named divisions, or every division of the agency.
    public enum Divisions: Codable, Hashable, Sendable {
        case all
        case named([String])

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let word = try? container.decode(String.self), word == "all" {
                self = .all
            } else {
                self = .named(try container.decode([String].self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .all: try container.encode("all")
            case .named(let names): try container.encode(names)
            }
        }
    }

    /// When a measure runs within the plan's fiscal year.
    public enum PeriodRule: String, Codable, Hashable, Sendable {
        /// ต.ค. – ก.ย.: the whole fiscal year.
        case fullYear
        /// ต.ค. – เม.ย.: done before the OIT answers are submitted, so the fix counts this year.
        case beforeOIT
    }

    /// How progress is followed.
    public enum MonitoringRule: String, Codable, Hashable, Sendable {
        /// Reported at the monthly meeting.
        case `default`
        /// Checked on the agency's website.
        case website
    }

    public var isIndicatorWide: Bool { items.isEmpty }
}

/// The bundled template set and its default wordings.
public struct MeasureTemplateLibrary: Codable, Hashable, Sendable {
    public var defaultMonitoring: String
    public var websiteMonitoring: String
    public var templates: [MeasureTemplate]

    public init(defaultMonitoring: String, websiteMonitoring: String, templates: [MeasureTemplate]) {
        self.defaultMonitoring = defaultMonitoring
        self.websiteMonitoring = websiteMonitoring
        self.templates = templates
    }

    /// The template that answers a recommendation about `itemCode`.
    public func template(forItem itemCode: String) -> MeasureTemplate? {
        let code = itemCode.uppercased()
        return templates.first { $0.items.contains { $0.uppercased() == code } }
    }

    /// The indicator-wide template of an indicator.
    public func template(forIndicator number: Int) -> MeasureTemplate? {
        templates.first { $0.isIndicatorWide && $0.indicators.contains(number) }
    }

    public func monitoringText(_ rule: MeasureTemplate.MonitoringRule) -> String {
        switch rule {
        case .default: defaultMonitoring
        case .website: websiteMonitoring
        }
    }
}

import Criteria

/// A reusable wording of a measure, for one or more items or for a whole indicator.
public struct MeasureTemplate: Codable, Hashable, Sendable {
    public var key: String
    public var indicators: [Int]
    /// Survey items (I/E) whose recommendation this template answers.
    public var items: [String]
    /// OIT topics whose recommendation this template answers. Item numbers move between years, so
    /// OIT templates name topics, and a step's "{topic}" becomes that year's item code.
    public var topics: [String]
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

    enum CodingKeys: String, CodingKey { case key, indicators, items, topics, title, steps, divisions, period, monitoring }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        indicators = try c.decode([Int].self, forKey: .indicators)
        items = try c.decodeIfPresent([String].self, forKey: .items) ?? []
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        title = try c.decode(String.self, forKey: .title)
        steps = try c.decode([String].self, forKey: .steps)
        divisions = try c.decode(Divisions.self, forKey: .divisions)
        period = try c.decode(PeriodRule.self, forKey: .period)
        monitoring = try c.decode(MonitoringRule.self, forKey: .monitoring)
    }

    public var isIndicatorWide: Bool { items.isEmpty && topics.isEmpty }

    /// The template in one year's numbering: its topics become that year's item codes (in the
    /// year's order) and each "{topic}" in a step becomes the code, or goes with its brackets
    /// when the year has no item about it.
    public func resolved(for criteria: Criteria?) -> MeasureTemplate {
        var copy = self
        let codes = topics.map { topic in criteria?.item(about: .known(topic))?.code }
        copy.items = items + (criteria?.itemCodes(about: topics.map(ItemTopic.known)) ?? [])
        copy.steps = steps.map { step in
            var text = step
            for (topic, code) in zip(topics, codes) {
                text = text.replacingOccurrences(of: " ({\(topic)})", with: code.map { " (\($0))" } ?? "")
                text = text.replacingOccurrences(of: "{\(topic)}", with: code ?? "")
            }
            return text
        }
        return copy
    }
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

    /// The template that answers a recommendation about `itemCode`, in the year's numbering: an OIT
    /// item is matched by its topics, a survey item by its code.
    public func template(forItem itemCode: String, criteria: Criteria?) -> MeasureTemplate? {
        let code = itemCode.uppercased()
        if let topics = criteria?.item(code)?.topics, !topics.isEmpty,
            let template = templates.first(where: { !Set($0.topics).isDisjoint(with: topics) })
        {
            return template.resolved(for: criteria)
        }
        return templates.first { $0.items.contains { $0.uppercased() == code } }?.resolved(for: criteria)
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

/// ข้อคำถาม / ข้อมูล — one assessed item: a survey question (I/E) or a disclosure item (O).
public struct Item: Codable, Hashable, Sendable {
    /// "I1" … "I30", "E1" … "E15", "O1" … "O43" (later years may number differently).
    public var code: String
    public var indicator: Int
    /// The ตัวชี้วัดย่อย an OIT item belongs to, e.g. "9.1". Nil for survey items.
    public var subIndicator: String?
    /// The question (survey) or the item title (OIT), in Thai as published.
    public var textTH: String
    public var textEN: String?
    /// Survey items: the id of the year's answer scale.
    public var answerScale: String?
    /// Survey items: the separately answered sub-questions. Empty means the item is one question.
    public var subQuestions: [SubQuestion]
    /// Survey items without sub-questions: whether the undesirable answer is the high one.
    public var reversed: Bool
    /// OIT items: องค์ประกอบ that the published data must show to score 100.
    public var components: [Component]
    /// OIT items: which period the evidence must cover.
    public var timing: DisclosureTiming?
    /// OIT items: what the item is about, as stable keys that do not move with the numbering
    /// ("risk-assessment" is O36 in 2565, O34 in 2566, O21 in 2569). A merged item lists each topic.
    public var topics: [String]
    public var provenance: Provenance

    public init(
        code: String, indicator: Int, subIndicator: String? = nil, textTH: String, textEN: String? = nil,
        answerScale: String? = nil, subQuestions: [SubQuestion] = [], reversed: Bool = false,
        components: [Component] = [], timing: DisclosureTiming? = nil, topics: [String] = [], provenance: Provenance
    ) {
        self.code = code
        self.indicator = indicator
        self.subIndicator = subIndicator
        self.textTH = textTH
        self.textEN = textEN
        self.answerScale = answerScale
        self.subQuestions = subQuestions
        self.reversed = reversed
        self.components = components
        self.timing = timing
        self.topics = topics
        self.provenance = provenance
    }

    enum CodingKeys: String, CodingKey {
        case code, indicator, subIndicator, textTH, textEN, answerScale, subQuestions, reversed, components, timing,
            topics, provenance
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        indicator = try c.decode(Int.self, forKey: .indicator)
        subIndicator = try c.decodeIfPresent(String.self, forKey: .subIndicator)
        textTH = try c.decode(String.self, forKey: .textTH)
        textEN = try c.decodeIfPresent(String.self, forKey: .textEN)
        answerScale = try c.decodeIfPresent(String.self, forKey: .answerScale)
        subQuestions = try c.decodeIfPresent([SubQuestion].self, forKey: .subQuestions) ?? []
        reversed = try c.decodeIfPresent(Bool.self, forKey: .reversed) ?? false
        components = try c.decodeIfPresent([Component].self, forKey: .components) ?? []
        timing = try c.decodeIfPresent(DisclosureTiming.self, forKey: .timing)
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(indicator, forKey: .indicator)
        try c.encodeIfPresent(subIndicator, forKey: .subIndicator)
        try c.encode(textTH, forKey: .textTH)
        try c.encodeIfPresent(textEN, forKey: .textEN)
        try c.encodeIfPresent(answerScale, forKey: .answerScale)
        if !subQuestions.isEmpty { try c.encode(subQuestions, forKey: .subQuestions) }
        if reversed { try c.encode(reversed, forKey: .reversed) }
        if !components.isEmpty { try c.encode(components, forKey: .components) }
        try c.encodeIfPresent(timing, forKey: .timing)
        if !topics.isEmpty { try c.encode(topics, forKey: .topics) }
        try c.encode(provenance, forKey: .provenance)
    }

    /// Whether the item is about a topic, whatever its number in the year.
    public func isAbout(_ topic: ItemTopic) -> Bool { topics.contains(topic.key) }

    /// The questions a respondent answers for this item, each with its direction.
    /// An item without sub-questions is one question.
    public var answeredQuestions: [SubQuestion] {
        subQuestions.isEmpty ? [SubQuestion(textTH: textTH, reversed: reversed)] : subQuestions
    }
}

/// One separately answered part of a survey item.
public struct SubQuestion: Codable, Hashable, Sendable {
    public var textTH: String
    /// True where the undesirable answer is the high one (e.g. "มี" for being asked for a bribe).
    public var reversed: Bool

    public init(textTH: String, reversed: Bool = false) {
        self.textTH = textTH
        self.reversed = reversed
    }

    enum CodingKeys: String, CodingKey { case textTH, reversed }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        textTH = try c.decode(String.self, forKey: .textTH)
        reversed = try c.decodeIfPresent(Bool.self, forKey: .reversed) ?? false
    }
}

/// องค์ประกอบ — a required part of an OIT item's published data.
public struct Component: Codable, Hashable, Sendable {
    /// Stable id within the year, e.g. "O2.4".
    public var id: String
    public var textTH: String
    public var provenance: Provenance?

    public init(id: String, textTH: String, provenance: Provenance? = nil) {
        self.id = id
        self.textTH = textTH
        self.provenance = provenance
    }
}

/// Which period an OIT item's evidence must cover, relative to the assessed fiscal year.
public enum DisclosureTiming: String, Codable, Hashable, Sendable, CaseIterable {
    /// Standing information, current at the time of review (structure, contacts, laws).
    case standing
    /// A plan or activity of the assessed fiscal year.
    case currentYear
    /// An annual report, which covers the fiscal year before the assessed one.
    case previousYear
    /// A 6-month report: October to March of the assessed fiscal year.
    case firstHalfOfCurrentYear
    /// A monthly series in the assessed fiscal year, every month up to the review.
    case monthlyInCurrentYear
}

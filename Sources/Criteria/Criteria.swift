import Foundation

/// เกณฑ์การประเมิน ITA of one fiscal year, as data.
public struct Criteria: Codable, Hashable, Sendable {
    /// พ.ศ. fiscal year assessed, e.g. 2565.
    public var fiscalYear: Int
    public var titleTH: String
    /// How complete and how verified the file is, in one sentence.
    public var statusNote: String
    public var sources: [Source]
    public var instruments: [Instrument]
    public var indicators: [Indicator]
    public var items: [Item]
    public var answerScales: [AnswerScale]
    /// Level bands, highest first. Years that publish pass/fail still carry them for comparison.
    public var levels: [LevelBand]
    public var levelsProvenance: Provenance
    public var presentation: ResultPresentation
    /// What this file leaves open, in plain words.
    public var openQuestions: [String]
    /// The year's assessment calendar in time order, where known.
    public var calendar: [CalendarStep]
    /// Set when the year's own criteria are not published and this file repeats another year's
    /// (2570 starts as 2569's).
    public var assumedFrom: Int?

    public init(
        fiscalYear: Int, titleTH: String, statusNote: String, sources: [Source], instruments: [Instrument],
        indicators: [Indicator], items: [Item], answerScales: [AnswerScale], levels: [LevelBand],
        levelsProvenance: Provenance, presentation: ResultPresentation, openQuestions: [String],
        calendar: [CalendarStep] = [], assumedFrom: Int? = nil
    ) {
        self.fiscalYear = fiscalYear
        self.titleTH = titleTH
        self.statusNote = statusNote
        self.sources = sources
        self.instruments = instruments
        self.indicators = indicators
        self.items = items
        self.answerScales = answerScales
        self.levels = levels
        self.levelsProvenance = levelsProvenance
        self.presentation = presentation
        self.openQuestions = openQuestions
        self.calendar = calendar
        self.assumedFrom = assumedFrom
    }

    enum CodingKeys: String, CodingKey {
        case fiscalYear, titleTH, statusNote, assumedFrom, sources, instruments, indicators, items, answerScales,
            levels, levelsProvenance, presentation, calendar, openQuestions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fiscalYear = try c.decode(Int.self, forKey: .fiscalYear)
        titleTH = try c.decode(String.self, forKey: .titleTH)
        statusNote = try c.decode(String.self, forKey: .statusNote)
        assumedFrom = try c.decodeIfPresent(Int.self, forKey: .assumedFrom)
        sources = try c.decode([Source].self, forKey: .sources)
        instruments = try c.decode([Instrument].self, forKey: .instruments)
        indicators = try c.decode([Indicator].self, forKey: .indicators)
        items = try c.decode([Item].self, forKey: .items)
        answerScales = try c.decode([AnswerScale].self, forKey: .answerScales)
        levels = try c.decode([LevelBand].self, forKey: .levels)
        levelsProvenance = try c.decode(Provenance.self, forKey: .levelsProvenance)
        presentation = try c.decode(ResultPresentation.self, forKey: .presentation)
        calendar = try c.decodeIfPresent([CalendarStep].self, forKey: .calendar) ?? []
        openQuestions = try c.decode([String].self, forKey: .openQuestions)
    }
}

extension Criteria {
    public func instrument(_ code: InstrumentCode) -> Instrument? {
        instruments.first { $0.code == code }
    }

    public func indicator(_ number: Int) -> Indicator? {
        indicators.first { $0.number == number }
    }

    /// The item with this code, matched without regard to case ("o1" and "O1" are the same item).
    public func item(_ code: String) -> Item? {
        let wanted = code.uppercased()
        return items.first { $0.code.uppercased() == wanted }
    }

    public func subIndicator(_ code: String) -> SubIndicator? {
        indicators.lazy.flatMap(\.subIndicators).first { $0.code == code }
    }

    public func answerScale(_ id: String) -> AnswerScale? {
        answerScales.first { $0.id == id }
    }

    /// The instrument an indicator belongs to.
    public func instrument(ofIndicator number: Int) -> Instrument? {
        instruments.first { $0.indicators.contains(number) }
    }

    /// The letter band of a total already rounded to 2 decimals (years up to 2566).
    public func level(forRoundedTotal total: Decimal) -> LevelBand? {
        levels.first { $0.contains(total) }
    }

    /// The words a result of this year can be given: the rating labels from 2567, the letters before.
    public var levelNames: [String] {
        let ratings = presentation.ratingScale
        return ratings.isEmpty ? levels.map(\.level) : ratings.map(\.labelTH)
    }

    /// The item that carries a topic in this year, if the year has one.
    public func item(about topic: ItemTopic) -> Item? {
        items.first { $0.isAbout(topic) }
    }

    /// The codes of the items about any of the topics, in the year's order, e.g. ["O34", "O35"].
    public func itemCodes(about topics: [ItemTopic]) -> [String] {
        items.filter { item in topics.contains { item.isAbout($0) } }.map(\.code)
    }

    /// Whether the membership of an OIT item's sub-indicator is established; scores of
    /// indicators 9 and 10 built on unknown membership are estimates.
    public func isMembershipKnown(_ subIndicatorCode: String) -> Bool {
        subIndicator(subIndicatorCode).map { $0.provenance.status != .open } ?? false
    }

    /// Whether the OIT indicator scores of this year rest on a guessed sub-indicator membership.
    public var oitScoresAreEstimates: Bool {
        indicators.lazy.flatMap(\.subIndicators).contains { $0.provenance.status == .open }
    }

    /// Indicator numbers in ascending order.
    public var indicatorNumbers: [Int] { indicators.map(\.number).sorted() }

    /// Items that are not fully verified, for reports on the data's own quality.
    public var unverifiedItems: [Item] { items.filter { !$0.provenance.isVerified } }
}

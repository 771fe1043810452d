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

    public init(
        fiscalYear: Int, titleTH: String, statusNote: String, sources: [Source], instruments: [Instrument],
        indicators: [Indicator], items: [Item], answerScales: [AnswerScale], levels: [LevelBand],
        levelsProvenance: Provenance, presentation: ResultPresentation, openQuestions: [String]
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

    /// The level of a total already rounded to 2 decimals.
    public func level(forRoundedTotal total: Decimal) -> LevelBand? {
        levels.first { $0.contains(total) }
    }

    /// Indicator numbers in ascending order.
    public var indicatorNumbers: [Int] { indicators.map(\.number).sorted() }

    /// Items that are not fully verified, for reports on the data's own quality.
    public var unverifiedItems: [Item] { items.filter { !$0.provenance.isVerified } }
}

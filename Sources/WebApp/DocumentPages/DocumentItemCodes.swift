import Criteria

/// The codes under which a plan year's checklist lists the measures document and its progress
/// report: O42 and O43 up to 2567, O25 and O26 in 2569, none in 2568 (which has no such item).
/// The routes keep their names (`o42`, `o43`); the labels follow the year.
struct DocumentItemCodes {
    var measures: String?
    var progress: String?

    init(criteria: Criteria?) {
        measures = criteria?.item(about: .integrityMeasures)?.code
        progress = criteria?.item(about: .integrityMeasuresProgress)?.code
    }

    /// "O25 " before a title, or nothing when the year has no item for it.
    static func prefix(_ code: String?) -> HTML {
        code.map { "<strong>\($0)</strong> " } ?? .empty
    }
}

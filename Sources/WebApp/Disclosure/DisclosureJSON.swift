import Disclosure
import Foundation
import Scoring

/// The API's view of a year's disclosure: every item with its record, status and flags.
struct DisclosureYearJSON: Encodable {
    struct ItemJSON: Encodable {
        var code: String
        var subIndicator: String
        var title: String
        var status: String
        var automatic: Bool
        var record: DisclosureRecord?
        var flags: [DisclosureFlag]
    }

    var year: Int
    var items: [ItemJSON]
    var prediction: PredictionJSON?

    init(_ workspace: DisclosureWorkspace, check: DisclosureCheck, prediction: DisclosurePrediction?) {
        year = workspace.scope.year
        items = check.items.map { item in
            ItemJSON(
                code: item.item.code, subIndicator: item.item.subIndicator ?? "", title: item.item.textTH,
                status: item.status.rawValue, automatic: workspace.source(for: item.item) != nil, record: item.record,
                flags: item.flags)
        }
        self.prediction = prediction.map(PredictionJSON.init)
    }
}

/// Predicted scores as decimals rounded the way the tables print them.
struct PredictionJSON: Encodable {
    struct Sub: Encodable {
        var code: String
        var accepted: Int
        var items: Int
        var score: Decimal
    }

    var subIndicators: [Sub]
    var indicators: [String: Decimal]
    var oitWeighted: Decimal?
    var total: Decimal?
    var level: String?
    var passed: Bool?
    var surveyYear: Int?

    init(_ prediction: DisclosurePrediction) {
        subIndicators = prediction.oit.subIndicators.map {
            Sub(code: $0.code, accepted: $0.accepted, items: $0.itemCount, score: $0.share.rounded())
        }
        indicators = Dictionary(uniqueKeysWithValues: prediction.oit.indicators.map { (String($0.key), $0.value.rounded()) })
        oitWeighted = prediction.scoreCard?.instrument(.oit)?.weighted
        total = prediction.scoreCard?.total
        level = prediction.scoreCard?.level
        passed = prediction.scoreCard?.passed
        surveyYear = prediction.surveyYear
    }
}

/// The answer of `POST …/disclosure/check`.
struct DisclosureCheckJSON: Encodable {
    var year: Int
    var links: [LinkStatusJSON]
    var flags: [DisclosureFlag]
    var prediction: PredictionJSON?
}

struct LinkStatusJSON: Encodable {
    var url: String
    var ok: Bool
    var status: Int?
    var detail: String

    init(_ status: LinkStatus) {
        url = status.url
        ok = status.isAlive
        self.status = status.status
        detail = status.summary
    }
}

/// A frozen submission without its rows, for lists.
struct SubmissionSummaryJSON: Encodable {
    var id: String
    var year: Int
    var submittedAt: Date
    var submittedBy: String
    var sha256: String
    var published: Int
    var items: Int

    init(_ submission: DisclosureSubmission) {
        id = submission.id.description
        year = submission.fiscalYear
        submittedAt = submission.submittedAt
        submittedBy = submission.submittedBy
        sha256 = submission.sha256
        published = submission.sheet.rows.filter(\.published).count
        items = submission.sheet.rows.count
    }
}

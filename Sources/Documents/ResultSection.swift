import Criteria
import Foundation
import Planning
import Scoring

/// 1. ผลการประเมิน ITA — the result table and the NACC recommendations, as printed text.
public struct ResultSection: Hashable, Sendable {
    public var heading: String
    /// "จากผลการประเมิน ITA … พบว่ามีผลคะแนน 73.35 คะแนน อยู่ในระดับ C ดังนี้"
    public var intro: String
    public var table: ResultTable
    /// The sentence that opens the recommendations; nil when there are none.
    public var recommendationsIntro: String?
    /// The assessor's general comment, one entry a paragraph.
    public var assessorSummary: [String]
    public var recommendationGroups: [RecommendationGroup]

    init(plan: MeasuresPlan, card: ScoreCard, criteria: Criteria) {
        let agency = plan.agency.fullName
        let year = plan.assessedYear
        heading = "1. ผลการประเมิน ITA ของ\(agency) ปีงบประมาณ พ.ศ. \(year)"
        let mark = Rounding.format(card.passMark, places: 0)
        let standing: String
        if let rating = card.rating {
            // From 2567 the result is a rating; what holds it back belongs in the document, because
            // the analysis and the measures answer it.
            standing = "อยู่ในระดับ\(rating.level.labelTH)"
                + (rating.reason.map { " (ยังไม่ถึงระดับ\($0.level.labelTH) เนื่องจาก \($0.conditionsTH))" } ?? "")
        } else if criteria.presentation.mode == .letterLevels, let level = card.level {
            standing = "อยู่ในระดับ \(level)"
        } else if card.passed {
            standing = "ผ่านเกณฑ์การประเมิน (\(mark) คะแนนขึ้นไป)"
        } else {
            standing = "ยังไม่ผ่านเกณฑ์การประเมิน (\(mark) คะแนนขึ้นไป)"
        }
        intro = "จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. \(year) ของ\(agency) "
            + "พบว่ามีผลคะแนน \(Rounding.format(card.total)) คะแนน \(standing) ดังนี้"
        table = ResultTable(plan: plan, card: card, criteria: criteria)

        assessorSummary = (plan.assessorSummary ?? "")
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        recommendationGroups = RecommendationGroup.groups(plan.recommendations, criteria: criteria)
        recommendationsIntro = recommendationGroups.isEmpty && assessorSummary.isEmpty
            ? nil
            : "ทั้งนี้ สำนักงาน ป.ป.ช. ได้ให้ข้อเสนอแนะเพิ่มเติมต่อผลการประเมิน ITA "
                + "ในปีงบประมาณ พ.ศ. \(year) ของ\(agency) ดังนี้"
    }
}

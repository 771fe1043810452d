import Criteria
import Foundation

/// Survey scores computed from raw answers with the year's answer scale and reversed questions.
public struct SurveyScore: Hashable, Sendable {
    /// Item code → mean over respondents of the mean over its sub-questions.
    public var items: [String: ExactScore]
    /// Indicator → mean of its items.
    public var indicators: [Int: ExactScore]
    public var respondents: Int
}

/// Scores IIT/EIT answers: each sub-question scores the points of its level (mirrored when
/// reversed); an item is the mean of its sub-questions, averaged over respondents; an indicator is
/// the mean of its items (NOTES §5: item-level weighting reproduces the seed's 99.79).
public enum SurveyScorer {
    public static func score(
        responses: [SurveyResponse], instrument: InstrumentCode, criteria: Criteria
    ) throws(ScoringError) -> SurveyScore {
        guard instrument != .oit, let definition = criteria.instrument(instrument) else {
            throw ScoringError(
                subject: instrument.rawValue, messageTH: "\(instrument.rawValue) ไม่ใช่แบบสำรวจ",
                messageEN: "\(instrument.rawValue) is not a survey")
        }
        guard !responses.isEmpty else {
            throw ScoringError(
                subject: instrument.rawValue, messageTH: "ไม่มีผู้ตอบแบบวัด \(instrument.rawValue)",
                messageEN: "there are no \(instrument.rawValue) respondents")
        }
        let itemCodes = definition.indicators.compactMap(criteria.indicator).flatMap(\.items)
        let validCodes = Set(itemCodes.map { $0.uppercased() })
        var perItem: [String: [ExactScore]] = [:]
        for response in responses {
            for (rawCode, levels) in response.answers {
                let code = rawCode.uppercased()
                guard validCodes.contains(code), let item = criteria.item(code) else {
                    throw ScoringError(
                        subject: "respondent \(response.respondent) / \(rawCode)",
                        messageTH: "ข้อ \(rawCode) ไม่ใช่ข้อของแบบวัด \(instrument.rawValue) ปี \(criteria.fiscalYear)",
                        messageEN: "\(rawCode) is not an \(instrument.rawValue) item of fiscal year \(criteria.fiscalYear)")
                }
                perItem[item.code, default: []].append(
                    try itemScore(item: item, levels: levels, respondent: response.respondent, criteria: criteria))
            }
        }
        var items: [String: ExactScore] = [:]
        for code in itemCodes {
            guard let scores = perItem[code], !scores.isEmpty else {
                throw ScoringError(
                    subject: code, messageTH: "ไม่มีผู้ตอบข้อ \(code)", messageEN: "nobody answered item \(code)")
            }
            items[code] = .mean(scores)
        }
        var indicators: [Int: ExactScore] = [:]
        for number in definition.indicators {
            let codes = criteria.indicator(number)?.items ?? []
            indicators[number] = .mean(codes.map { items[$0]! })
        }
        return SurveyScore(items: items, indicators: indicators, respondents: responses.count)
    }

    private static func itemScore(
        item: Item, levels: [Int], respondent: String, criteria: Criteria
    ) throws(ScoringError) -> ExactScore {
        let questions = item.answeredQuestions
        guard levels.count == questions.count else {
            throw ScoringError(
                subject: "respondent \(respondent) / \(item.code)",
                messageTH: "ข้อ \(item.code) มี \(questions.count) ข้อย่อย แต่ได้คำตอบ \(levels.count) ค่า",
                messageEN: "\(item.code) has \(questions.count) sub-questions but \(levels.count) answers were given")
        }
        guard let scaleID = item.answerScale, let scale = criteria.answerScale(scaleID) else {
            throw ScoringError(
                subject: item.code, messageTH: "ข้อ \(item.code) ไม่มีมาตรวัดคำตอบ",
                messageEN: "\(item.code) has no answer scale")
        }
        var points: [ExactScore] = []
        for (question, level) in zip(questions, levels) {
            guard let value = scale.points(forLevel: level, reversed: question.reversed) else {
                throw ScoringError(
                    subject: "respondent \(respondent) / \(item.code)",
                    messageTH: "คำตอบระดับ \(level) อยู่นอกมาตรวัด (0–\(scale.points.count - 1))",
                    messageEN: "answer level \(level) is outside the scale 0–\(scale.points.count - 1)")
            }
            points.append(ExactScore(value))
        }
        return .mean(points)
    }
}

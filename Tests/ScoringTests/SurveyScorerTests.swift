import Criteria
import Foundation
import Scoring
import Testing

@Suite struct SurveyScorerTests {
    let criteria = Seed.criteria

    /// Answers every IIT question at the most desirable level (the top for normal questions,
    /// the bottom for reversed ones).
    func idealIIT(respondent: String) -> SurveyResponse {
        var answers: [String: [Int]] = [:]
        for number in 1...5 {
            for code in criteria.indicator(number)!.items {
                let item = criteria.item(code)!
                let top = criteria.answerScale(item.answerScale!)!.points.count - 1
                answers[code] = item.answeredQuestions.map { $0.reversed ? 0 : top }
            }
        }
        return SurveyResponse(respondent: respondent, answers: answers)
    }

    @Test func idealAnswersScore100() throws {
        let score = try SurveyScorer.score(responses: [idealIIT(respondent: "1")], instrument: .iit, criteria: criteria)
        for number in 1...5 { #expect(score.indicators[number] == .hundred) }
    }

    /// One respondent answers I7 ("how much do you know the budget plan") at level น้อย.
    @Test func oneLowAnswerLowersItsItemAndIndicator() throws {
        var low = idealIIT(respondent: "2")
        low.answers["I7"] = [1]
        let responses = [idealIIT(respondent: "1"), low]
        let score = try SurveyScorer.score(responses: responses, instrument: .iit, criteria: criteria)
        let scale = criteria.answerScale("scale4")!
        let expectedItem = ExactScore.mean([.hundred, ExactScore(scale.points[1])])
        #expect(score.items["I7"] == expectedItem)
        let items = criteria.indicator(2)!.items.map { score.items[$0]! }
        #expect(score.indicators[2] == .mean(items))
        #expect(score.indicators[2]! < .hundred)
        #expect(score.indicators[1] == .hundred)
    }

    /// A reversed yes/no question: answering มี (level 1) to "asked for money" scores 0.
    @Test func reversedYesNoScoresZeroForYes() throws {
        var response = idealIIT(respondent: "1")
        response.answers["I4"] = [1, 0, 0]
        let score = try SurveyScorer.score(responses: [response], instrument: .iit, criteria: criteria)
        #expect(score.items["I4"]!.rounded() == Seed.d("66.67"))
    }

    @Test func namesTheRespondentAndItemOfABadAnswer() {
        var response = idealIIT(respondent: "17")
        response.answers["I1"] = [3]
        #expect {
            try SurveyScorer.score(responses: [response], instrument: .iit, criteria: criteria)
        } throws: { error in
            (error as? ScoringError)?.subject == "respondent 17 / I1"
        }
        response.answers["I1"] = [3, 9]
        #expect {
            try SurveyScorer.score(responses: [response], instrument: .iit, criteria: criteria)
        } throws: { error in
            guard let error = error as? ScoringError else { return false }
            return error.subject == "respondent 17 / I1" && error.messageEN.contains("outside the scale")
        }
    }

    @Test func rejectsEITItemsInAnIITSurvey() {
        var response = idealIIT(respondent: "1")
        response.answers["E1"] = [3, 3]
        #expect(throws: ScoringError.self) {
            try SurveyScorer.score(responses: [response], instrument: .iit, criteria: criteria)
        }
    }
}

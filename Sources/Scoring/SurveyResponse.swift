/// One respondent's answers to a survey (IIT or EIT).
public struct SurveyResponse: Codable, Hashable, Sendable {
    /// An identifier for error messages only; never a name.
    public var respondent: String
    /// Item code → the chosen level of each sub-question, 0-based from the least
    /// (น้อยที่สุดหรือไม่มีเลย = 0 … มากที่สุด = 3; ไม่มี = 0, มี = 1). A skipped item is absent.
    public var answers: [String: [Int]]

    public init(respondent: String, answers: [String: [Int]]) {
        self.respondent = respondent
        self.answers = answers
    }
}

import Criteria
import Scoring

/// Checks raw survey answers against the year's items, so a wrong code or level is reported with its
/// JSON path before scoring.
struct SurveyResponseRules {
    let criteria: Criteria?

    func check(_ responses: [String: [SurveyResponse]], fileName: String?) throws(ImportError) -> [InstrumentCode: [SurveyResponse]] {
        func fail(_ path: String, _ th: String, _ en: String) -> ImportError {
            ImportError(fileName: fileName, field: path, messageTH: th, messageEN: en)
        }
        var checked: [InstrumentCode: [SurveyResponse]] = [:]
        for (key, list) in responses.sorted(by: { $0.key < $1.key }) {
            guard let code = InstrumentCode(rawValue: key.uppercased()), code != .oit else {
                throw fail("responses.\(key)", "\"\(key)\" ไม่ใช่แบบสำรวจ (IIT หรือ EIT)", "\"\(key)\" is not a survey (IIT or EIT)")
            }
            let items = criteria.map { criteria in
                Set((criteria.instrument(code)?.indicators ?? []).compactMap(criteria.indicator).flatMap(\.items))
            }
            for (index, response) in list.enumerated() {
                for (itemCode, levels) in response.answers.sorted(by: { $0.key < $1.key }) {
                    let path = "responses.\(key)[\(index)].answers.\(itemCode)"
                    guard let criteria, let items else {
                        guard itemCode.uppercased().hasPrefix(String(code.itemPrefix)) else {
                            throw fail(path, "\(itemCode) ไม่ใช่ข้อของแบบวัด \(key)", "\(itemCode) is not an item of \(key)")
                        }
                        continue
                    }
                    guard let item = criteria.item(itemCode), items.contains(item.code) else {
                        throw fail(
                            path, "\(itemCode) ไม่ใช่ข้อของแบบวัด \(code.rawValue) ปี \(criteria.fiscalYear)",
                            "\(itemCode) is not an \(code.rawValue) item of fiscal year \(criteria.fiscalYear)")
                    }
                    let questions = item.answeredQuestions.count
                    guard levels.count == questions else {
                        throw fail(
                            path, "ข้อ \(item.code) มี \(questions) ข้อย่อย แต่มีคำตอบ \(levels.count) ค่า",
                            "\(item.code) has \(questions) sub-questions but \(levels.count) answers")
                    }
                    let scaleSize = item.answerScale.flatMap(criteria.answerScale)?.points.count ?? Int.max
                    if let bad = levels.firstIndex(where: { $0 < 0 || $0 >= scaleSize }) {
                        throw fail(
                            "\(path)[\(bad)]", "คำตอบระดับ \(levels[bad]) อยู่นอกมาตรวัด 0–\(scaleSize - 1)",
                            "answer level \(levels[bad]) is outside the scale 0–\(scaleSize - 1)")
                    }
                }
            }
            checked[code] = list
        }
        return checked
    }
}

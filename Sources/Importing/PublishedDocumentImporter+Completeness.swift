import Planning
import Scoring

extension PublishedDocumentImporter {
    /// One warning for each part of the document that is missing or incomplete, so a truncated or
    /// damaged file says what it lacks.
    func warnMissing(
        header: DocumentHeader, result: PublishedResult, analysis: [IndicatorAnalysis], expected: [Int],
        recommendations: [Recommendation], measures: [Measure], warnings: inout [ImportWarning]
    ) {
        func missing(_ field: String, _ th: String, _ en: String) {
            warnings.append(ImportWarning(line: nil, field: field, messageTH: th, messageEN: en))
        }
        if header.agency == nil {
            missing("agency", "ไม่พบชื่อหน่วยงาน", "the agency is not named")
        } else if let agency = header.agency, agency.district.isEmpty || agency.province.isEmpty {
            missing("agency", "ไม่พบอำเภอหรือจังหวัดของหน่วยงาน", "the agency's district or province is not given")
        }
        let absentScores = expected.filter { result.indicators[$0] == nil }
        if absentScores.count == expected.count {
            missing("result", "ไม่พบตารางผลคะแนน", "no result table was found")
        } else if !absentScores.isEmpty {
            missing("result.indicators", "ตารางผลคะแนนไม่มีตัวชี้วัดที่ \(list(absentScores))",
                    "the result table lacks indicator(s) \(list(absentScores))")
        }
        if !absentScores.isEmpty || result.instruments.count < 3 || result.total == nil || result.level == nil {
            let parts = [result.instruments.count < 3 ? "instrument rows" : nil, result.total == nil ? "total" : nil,
                         result.level == nil ? "level" : nil].compactMap { $0 }
            if !parts.isEmpty {
                missing("result", "ตารางผลคะแนนไม่ครบ (แถวแบบวัด คะแนนรวม หรือระดับ)",
                        "the result lacks: \(parts.joined(separator: ", "))")
            }
        }
        if recommendations.isEmpty {
            missing("recommendations", "ไม่พบข้อเสนอแนะของผู้ตรวจประเมิน", "no assessor recommendations were found")
        }
        let absentRows = expected.filter { number in !analysis.contains { $0.indicator == number } }
        if absentRows.count == expected.count {
            missing("analysis", "ไม่พบตารางวิเคราะห์ผล", "no analysis table was found")
        } else if !absentRows.isEmpty {
            missing("analysis", "ตารางวิเคราะห์ผลไม่มีตัวชี้วัดที่ \(list(absentRows))",
                    "the analysis table lacks indicator(s) \(list(absentRows))")
        }
        if measures.isEmpty {
            missing("measures", "ไม่พบตารางมาตรการ", "no measures table was found")
        }
    }

    private func list(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: ", ")
    }
}

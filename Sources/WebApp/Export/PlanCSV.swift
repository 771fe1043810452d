import Criteria
import Foundation
import Scoring
import ThaiText
import Workbench

/// A year's tables as CSV: Thai headers with the English in brackets, figures as the tables print them.
struct PlanCSV {
    let plan: StoredPlan
    /// The assessed year's criteria, for names; nil when Prongsai has none for the year.
    let criteria: Criteria?

    func results() -> CSVTable {
        let result = plan.year.result
        var rows = result.indicators.keys.sorted().map { number in
            ["ตัวชี้วัด", String(number), criteria?.indicator(number)?.nameTH ?? "", number2(result.indicators[number]), "", ""]
        }
        rows += result.instruments.map { row in
            ["แบบวัด", row.code.rawValue, criteria?.instrument(row.code)?.nameTH ?? "", number2(row.score),
             row.weightPercent.map { Rounding.format($0, places: 0) } ?? "", number2(row.weighted)]
        }
        rows.append(["รวม", "total", "คะแนนรวม", number2(result.total), "100", number2(result.total)])
        rows.append(["ระดับ", "level", "ระดับผลการประเมิน", result.level ?? "", "", ""])
        return CSVTable(
            header: ["ประเภท [Kind]", "รหัส [Code]", "ชื่อ [Name]", "คะแนน [Score]", "น้ำหนัก (ร้อยละ) [Weight %]", "คะแนนถ่วงน้ำหนัก [Weighted]"],
            rows: rows)
    }

    func recommendations() -> CSVTable {
        CSVTable(
            header: ["ลำดับ [No.]", "ข้อ [Item]", "ตัวชี้วัด [Indicator]", "ข้อเสนอแนะ [Recommendation]", "รหัสตามที่พิมพ์ [Printed code]"],
            rows: plan.year.recommendations.enumerated().map { index, recommendation in
                [String(index + 1), recommendation.itemCode ?? "", recommendation.indicator.map(String.init) ?? "",
                 recommendation.text, recommendation.printedCode ?? ""]
            })
    }

    func analysis() -> CSVTable {
        CSVTable(
            header: ["แบบวัด [Instrument]", "ตัวชี้วัด [Indicator]", "ชื่อตัวชี้วัด [Name]", "คะแนน [Score]", "แนวทาง [Stance]",
                     "ประเด็นที่ควรรักษามาตรฐานหรือพัฒนาให้ดีขึ้น [Keep or improve]",
                     "ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน [Urgent weaknesses]"],
            rows: plan.year.analysis.sorted { $0.indicator < $1.indicator }.map { entry in
                let weaknesses = entry.urgentWeaknesses.enumerated().map { index, weakness in
                    let code = weakness.itemCode.map { "[\($0)] " } ?? ""
                    let details = weakness.details.map { "\n  - \($0)" }.joined()
                    return "\(index + 1)) \(code)\(weakness.text)\(details)"
                }
                return [criteria?.instrument(ofIndicator: entry.indicator)?.code.rawValue ?? "", String(entry.indicator),
                        criteria?.indicator(entry.indicator)?.nameTH ?? "", number2(plan.year.result.indicators[entry.indicator]),
                        entry.stance == .keep ? "ควรรักษามาตรฐาน" : "ควรพัฒนา", entry.keepOrImprove,
                        weaknesses.joined(separator: "\n")]
            })
    }

    func measures() -> CSVTable {
        CSVTable(
            header: ["ลำดับ [No.]", "มาตรการ/แนวทาง [Measure]", "วิธีดำเนินการ [Steps]", "ผู้รับผิดชอบ [Responsible]",
                     "เริ่ม [Start]", "สิ้นสุด [End]", "การติดตามประเมินผล [Monitoring]", "ตัวชี้วัด [Indicators]", "ข้อ [Items]"],
            rows: plan.measures.map { record in
                let measure = record.measure
                return [String(record.position), measure.title,
                        measure.steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n"),
                        measure.divisions.joined(separator: "\n"), measure.period.start.thaiAbbreviated,
                        measure.period.end.thaiAbbreviated, measure.monitoring,
                        measure.indicators.map(String.init).joined(separator: ", "), measure.itemCodes.joined(separator: ", ")]
            })
    }

    func progress(_ entries: [ProgressEntry]) -> CSVTable {
        let measures = Dictionary(uniqueKeysWithValues: plan.measures.map { ($0.id, $0) })
        return CSVTable(
            header: ["มาตรการที่ [Measure no.]", "มาตรการ [Measure]", "วันที่ (พ.ศ.) [Date (B.E.)]", "วันที่ (ISO) [Date (ISO)]",
                     "สถานะ [Status]", "ร้อยละ [Percent]", "ผลการดำเนินงาน [Progress]", "ผู้รายงาน [Author]"],
            rows: entries.map { entry in
                let measure = measures[entry.measureID]
                return [measure.map { String($0.position) } ?? "", measure?.measure.title ?? "", entry.date.thaiAbbreviated,
                        entry.date.iso8601, entry.status.nameTH, String(entry.percent), entry.text, entry.authorName]
            })
    }

    func evidence(_ files: [EvidenceFile]) -> CSVTable {
        let measures = Dictionary(uniqueKeysWithValues: plan.measures.map { ($0.id, $0) })
        let stamp = ISO8601DateFormatter()
        // Thai offices read times in Thailand's time, which has no daylight saving.
        stamp.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        return CSVTable(
            header: ["ชื่อไฟล์ [File name]", "ชนิด [Type]", "ขนาด (ไบต์) [Size (bytes)]", "SHA-256",
                     "วันที่มีผล (พ.ศ.) [Effective date (B.E.)]", "วันที่มีผล (ISO) [Effective date (ISO)]",
                     "อัปโหลดเมื่อ [Uploaded at]", "ผู้อัปโหลด [Uploaded by]", "มาตรการ [Measure]"],
            rows: files.map { file in
                let measure = measures[file.measureID].map { "\($0.position). \($0.measure.title)" } ?? ""
                return [file.fileName, file.contentType, String(file.size), file.sha256, file.effectiveDate.thaiAbbreviated,
                        file.effectiveDate.iso8601, stamp.string(from: file.uploadedAt), file.uploadedBy, measure]
            })
    }

    private func number2(_ value: Decimal?) -> String {
        value.map { Rounding.format($0) } ?? ""
    }
}

import Criteria
import Planning

/// 2. การวิเคราะห์ผลการประเมินจำแนกตามเครื่องมือการประเมิน — one table per instrument.
public struct AnalysisSection: Hashable, Sendable {
    public static let columns = [
        "ตัวชี้วัด",
        "ประเด็นที่ควรรักษามาตรฐานการดำเนินงานหรือพัฒนาให้ดีขึ้น",
        "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน",
    ]

    public var heading = "2. การวิเคราะห์ผลการประเมินจำแนกตามเครื่องมือการประเมิน"
    public var intro: String
    public var tables: [AnalysisTable]

    init(plan: MeasuresPlan, criteria: Criteria) {
        let agency = plan.agency.fullName
        intro = "จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. \(plan.assessedYear) ของ\(agency) "
            + "ประกอบกับข้อเสนอแนะของสำนักงาน ป.ป.ช. พบว่า\(agency) "
            + "มีประเด็นที่ควรรักษามาตรฐานการดำเนินงานหรือพัฒนาให้ดีขึ้น "
            + "และประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน ดังต่อไปนี้"
        // Every indicator gets a row, analysed or not, so a reader sees what was left blank.
        tables = criteria.instruments.map { instrument in
            AnalysisTable(
                instrument: instrument.code,
                heading: MeasuresDocument.instrumentLabel(instrument.code, criteria: criteria),
                rows: instrument.indicators.map { number in
                    let entry = plan.analysis(ofIndicator: number)
                    return AnalysisTable.Row(
                        indicator: MeasuresDocument.indicatorLabel(number, criteria: criteria),
                        keepOrImprove: entry?.keepOrImprove ?? "",
                        weaknesses: entry?.urgentWeaknesses ?? [])
                })
        }
    }
}

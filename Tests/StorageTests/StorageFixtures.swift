import Foundation
import Planning
import Scoring
import Storage
import ThaiText
import Workbench

/// Small, valid records for the contract suite.
enum StorageFixtures {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)
    static let actor = Actor(userID: nil, name: "tester", at: now)

    static func agency(_ slug: String = "thapkhlo") -> AgencyRecord {
        AgencyRecord(
            id: Identifier(UUID()), slug: slug,
            agency: Agency(kind: "องค์การบริหารส่วนตำบล", name: "ทับคล้อ", district: "ทับคล้อ", province: "พิจิตร"),
            createdAt: now)
    }

    static func user(_ username: String, agency: AgencyRecord?, role: Role = .coordinator, division: String? = nil) -> UserAccount {
        UserAccount(
            id: Identifier(UUID()), username: username, displayName: "คุณ \(username)", role: role, agencyID: agency?.id,
            divisionName: division, passwordHash: "$2b$12$abcdefghijklmnopqrstuv", mustChangePassword: true, createdAt: now)
    }

    static func measure(_ title: String, agency: AgencyRecord, year: Int = 2566, position: Int = 1) -> MeasureRecord {
        MeasureRecord(
            id: Identifier(UUID()), agencyID: agency.id, planYear: year, position: position,
            measure: Measure(
                title: title, steps: ["ขั้นที่ 1", "ขั้นที่ 2"], divisions: ["สำนักปลัด", "กองคลัง"],
                period: FiscalYear(year).period, monitoring: "รายงานผลการดำเนินการในการประชุมประจำเดือน",
                indicators: [2], itemCodes: ["I7"]),
            updatedAt: now)
    }

    static func plan(agency: AgencyRecord, year: Int = 2566, measures titles: [String] = ["มาตรการที่ 1", "มาตรการที่ 2"]) -> StoredPlan {
        let result = PublishedResult(
            fiscalYear: year - 1,
            indicators: [1: 100, 2: Decimal(string: "99.50")!, 3: 100, 4: Decimal(string: "99.45")!, 5: 100,
                         6: Decimal(string: "88.21")!, 7: Decimal(string: "66.15")!, 8: Decimal(string: "81.35")!,
                         9: Decimal(string: "74.21")!, 10: 25],
            total: Decimal(string: "73.35")!, level: "C")
        let record = FiscalYearRecord(
            agencyID: agency.id, planYear: year, assessedYear: year - 1, result: result, assessorSummary: "สรุป",
            recommendations: [Recommendation(itemCode: "I7", indicator: 2, text: "เผยแพร่แผนการใช้จ่ายงบประมาณ")],
            analysis: [IndicatorAnalysis(indicator: 2, stance: .keep, keepOrImprove: "รักษามาตรฐาน")], updatedAt: now)
        let measures = titles.enumerated().map { measure($1, agency: agency, year: year, position: $0 + 1) }
        return StoredPlan(year: record, measures: measures)
    }

    static func progress(for measure: MeasureRecord, day: Int, text: String = "จัดประชุมชี้แจงแล้ว") -> ProgressEntry {
        ProgressEntry(
            id: Identifier(UUID()), measureID: measure.id, agencyID: measure.agencyID,
            date: ThaiDate(year: 2565, month: .november, day: day), text: text, status: .inProgress, percent: 40,
            authorID: nil, authorName: "หัวหน้าสำนักปลัด", createdAt: now)
    }

    static func evidence(for entry: ProgressEntry, bytes: Data, name: String = "รายงาน.pdf") -> EvidenceUpload {
        EvidenceUpload(
            file: EvidenceFile(
                id: Identifier(UUID()), agencyID: entry.agencyID, measureID: entry.measureID, progressEntryID: entry.id,
                fileName: name, contentType: "application/pdf", size: bytes.count, sha256: String(repeating: "a", count: 64),
                effectiveDate: ThaiDate(year: 2565, month: .october, day: 30), uploadedAt: now, uploadedBy: "หัวหน้า"),
            bytes: bytes)
    }
}

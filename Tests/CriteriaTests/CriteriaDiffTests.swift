import Criteria
import Foundation
import Testing

/// What changed between two versions of a year, in words people can read.
@Suite struct CriteriaDiffTests {
    static func base() throws -> Criteria { try CriteriaCatalog.shared.get().criteria(for: 2567) }

    static func edited(_ change: (inout Criteria) -> Void) throws -> [CriteriaChange] {
        let old = try base()
        var new = old
        change(&new)
        return CriteriaDiff.changes(from: old, to: new)
    }

    static func oitIndex(_ criteria: Criteria, _ code: String) -> Int {
        criteria.items.firstIndex { $0.code.uppercased() == code }!
    }

    @Test func theSameCriteriaHaveNoChanges() throws {
        let criteria = try Self.base()
        #expect(CriteriaDiff.changes(from: criteria, to: criteria).isEmpty)
        #expect(CriteriaDiff.note([]).contains("ไม่มีการเปลี่ยนแปลง"))
    }

    @Test func anItemTitleChange() throws {
        let changes = try Self.edited { $0.items[Self.oitIndex($0, "O7")].textTH = "ข่าวประชาสัมพันธ์และกิจกรรม" }
        #expect(changes.map(\.kind) == [.itemTitle])
        #expect(changes[0].th.contains("ข้อ O7") && changes[0].th.contains("ข่าวประชาสัมพันธ์และกิจกรรม"))
        #expect(changes[0].en == "O7: title changed")
    }

    @Test func addedAndRemovedItems() throws {
        let changes = try Self.edited { criteria in
            var added = criteria.items[Self.oitIndex(criteria, "O1")]
            added.code = "O44"
            added.textTH = "ข้อใหม่"
            criteria.items.append(added)
            criteria.items.remove(at: Self.oitIndex(criteria, "O43"))
        }
        #expect(changes.map(\.kind) == [.itemAdded, .itemRemoved])
        #expect(changes[0].th == "เพิ่มข้อ O44 ข้อใหม่ (ตัวชี้วัดย่อย 9.1)")
        #expect(changes[1].th.hasPrefix("ยกเลิกข้อ O43"))
    }

    @Test(arguments: [CriteriaChange.Kind.itemComponents, .itemTiming, .subIndicatorMembership, .itemStatus])
    func itemDetails(kind: CriteriaChange.Kind) throws {
        let changes = try Self.edited { criteria in
            let index = Self.oitIndex(criteria, "O2")
            switch kind {
            case .itemComponents: criteria.items[index].components.removeLast()
            case .itemTiming: criteria.items[index].timing = .monthlyInCurrentYear
            case .subIndicatorMembership: criteria.items[index].subIndicator = "9.2"
            case .itemStatus: criteria.items[index].provenance.status = .open
            default: break
            }
        }
        #expect(changes.map(\.kind) == [kind])
        #expect(changes[0].th.hasPrefix("ข้อ O2:"))
    }

    @Test func componentTextIsNamedById() throws {
        let changes = try Self.edited { $0.items[Self.oitIndex($0, "O1")].components[1].textTH = "แผนผังโครงสร้างใหม่" }
        #expect(changes.count == 1)
        #expect(changes[0].th.contains("O1.2"))
    }

    @Test func weightsRatingsAndCalendar() throws {
        let changes = try Self.edited { criteria in
            criteria.instruments[0].weight = Decimal(string: "0.25")!
            criteria.instruments[2].weight = Decimal(string: "0.45")!
            criteria.presentation.ratings![1].minimumTotal = 92
            criteria.presentation.ratings![0].labelTH = "ดีเยี่ยม"
            criteria.calendar[0].end = "2024-02-28"
        }
        let kinds = changes.map(\.kind)
        #expect(kinds.filter { $0 == .instrumentWeight }.count == 2)
        #expect(changes.contains { $0.th == "น้ำหนัก IIT เปลี่ยนจาก 30% เป็น 25%" })
        #expect(changes.contains { $0.th == "น้ำหนัก OIT เปลี่ยนจาก 40% เป็น 45%" })
        #expect(changes.contains { $0.kind == .ratingLevels && $0.th.contains("เปลี่ยนชื่อเป็นดีเยี่ยม") })
        #expect(changes.contains { $0.kind == .ratingLevels && $0.th.contains("92") })
        #expect(changes.contains { $0.kind == .calendar && $0.th.contains("28 ก.พ. 2567") })
    }

    @Test func aNewRatingLevelAndAModeChange() throws {
        let old = try Self.base()
        var new = old
        new.presentation.ratings!.insert(
            RatingLevel(key: "outstanding", labelTH: "ดีเด่น", labelEN: "Outstanding", minimumTotal: 99, passes: true,
                        provenance: Provenance(status: .open)), at: 0)
        let changes = CriteriaDiff.changes(from: old, to: new)
        #expect(changes.map(\.th) == ["เพิ่มระดับดีเด่น"])
        var passFail = old
        passFail.presentation.mode = .passFail
        #expect(CriteriaDiff.changes(from: old, to: passFail).first?.th.contains("ผลการประเมินแบบผ่าน") == true)
    }

    @Test func theNoteListsTheFirstChangesAndCountsTheRest() {
        let changes = (1...10).map { CriteriaChange(.itemTitle, th: "ข้อ O\($0)", en: "O\($0)") }
        let note = CriteriaDiff.note(changes, limit: 3)
        #expect(note == "ข้อ O1; ข้อ O2; ข้อ O3; และอีก 7 รายการ")
    }
}

import Criteria
import Foundation
import Planning
import Scoring
import Testing

/// What raises the total most: exact gains from the core scoring, ranked, and the fewest fixes to
/// each higher level.
@Suite struct ScoreGainPlannerTests {
    let catalog: CriteriaCatalog

    init() throws {
        catalog = try CriteriaCatalog.bundled()
    }

    /// The ทับคล้อ result of 2565 and the OIT items its assessor rejected.
    func seedPlanner() throws -> ScoreGainPlanner {
        let printed: [Int: Decimal] = [
            1: 100, 2: Decimal(string: "99.50")!, 3: 100, 4: Decimal(string: "99.45")!, 5: 100, 6: Decimal(string: "88.21")!,
            7: Decimal(string: "66.15")!, 8: Decimal(string: "81.35")!, 9: Decimal(string: "74.21")!, 10: 25,
        ]
        return ScoreGainPlanner(
            criteria: try catalog.criteria(for: 2565), printed: printed,
            rejectedItems: ["O2", "O11", "O12", "O20", "O23", "O24", "O27", "O28", "O38", "O42", "O43"])
    }

    @Test func itemsOf10_2AreWorthFivePointsAndRankFirst() throws {
        let planner = try seedPlanner()
        #expect(try planner.baseline().total == Decimal(string: "73.35")!)
        let options = try planner.itemOptions()
        #expect(options.prefix(2).map(\.kind) == [.item("O42"), .item("O43")])
        #expect(options[0].gain == 5)
        #expect(options[1].gain == 5)
        // 10.1 has 8 items: 0.4 × ½ × ½ × 100/8 = 1.25.
        #expect(options.first { $0.kind == .item("O38") }?.gain == Decimal(string: "1.25")!)
        // 9.1 has 9 items: 0.4 × ½ × ⅕ × 100/9 ≈ 0.44.
        let o2 = try #require(options.first { $0.kind == .item("O2") })
        #expect(o2.gain == Decimal(string: "0.44")!)
        let firstNine = try #require(options.firstIndex { if case .item(let code) = $0.kind { return !["O38", "O42", "O43"].contains(code) } else { return false } })
        #expect(firstNine > 1, "9.x items come after O42 and O43")
        #expect(options.allSatisfy { $0.estimateRange == nil }, "2565's grouping is known")
    }

    @Test func fixesToLevelBAndToThePassMark() throws {
        let targets = try seedPlanner().targets()
        let levelB = try #require(targets.first { $0.labelEN == "level B" })
        #expect(levelB.reachedByItems)
        #expect(levelB.itemFixes == ["O42"])
        #expect(levelB.after.level == "B")
        let pass = try #require(targets.first { $0.labelEN == "the pass mark of 85" })
        #expect(pass.reachedByItems)
        #expect(pass.itemFixes == ["O42", "O43", "O38", "O27"])
        #expect(pass.after.total >= 85)
    }

    @Test func indicatorSevenDragsEITMost() throws {
        let options = try seedPlanner().indicatorOptions()
        // Every survey indicator step is worth the same 0.3 × 5 / n; the lowest survey indicator is 7.
        let eit = options.filter { if case .indicator(let number) = $0.kind { return (6...8).contains(number) } else { return false } }
        #expect(eit.allSatisfy { $0.gain == Decimal(string: "0.50")! })
    }

    @Test func aMeasureIsWorthWhatItsItemsAndIndicatorsAdd() throws {
        let planner = try seedPlanner()
        let measure = Measure(
            title: "การจัดทำและติดตามมาตรการ", steps: [], divisions: [], period: .init(start: .init(year: 2565, month: .october), end: .init(year: 2566, month: .september)),
            monitoring: "", indicators: [10], itemCodes: ["O42", "O43"])
        let options = try planner.measureOptions([measure])
        #expect(options.first?.gain == 10)
    }

    @Test func a2568ResultHeldBackByEITNamesTheEITIndicatorsToRaise() throws {
        var printed: [Int: Decimal] = [:]
        for number in 1...5 { printed[number] = Decimal(string: "99.70")! }
        for number in 6...8 { printed[number] = Decimal(string: "84.10")! }
        printed[9] = Decimal(string: "88.75")!
        printed[10] = Decimal(string: "98.75")!
        let planner = ScoreGainPlanner(criteria: try catalog.criteria(for: 2568), printed: printed, rejectedItems: ["O7"])
        #expect(try planner.baseline().rating?.level.labelTH == "ผ่าน")
        let targets = try planner.targets()
        let good = try #require(targets.first { $0.labelTH == "ผ่านดี" })
        #expect(!good.reachedByItems)
        let need = try #require(good.instrumentsShort.first)
        #expect(need.code == .eit)
        #expect(need.raises.map(\.indicator) == [6, 7, 8])
        // EIT is printed as round(0.3 × mean, 2) ÷ 0.3. One indicator up by 2.65 makes the mean
        // 84.9833…, the weighted part 25.495 → 25.50, and the printed EIT 85.00; 2.64 gives 25.49 → 84.97.
        #expect(need.raises.allSatisfy { $0.points == Decimal(string: "2.65")! }, "\(need.raises)")
        #expect(need.raises.first?.to == Decimal(string: "86.75")!)
        // The unknown 2568 grouping gives the item's worth as a range.
        let o7 = try #require(try planner.itemOptions().first)
        #expect(o7.estimateRange != nil)
        #expect(o7.gainTextTH.contains("ค่าประมาณ"))
    }
}

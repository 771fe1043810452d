@testable import Documents
import Foundation
import Testing

@Suite struct IndicatorChartTests {
    let chart = try! MeasuresDocument(plan: SeedPlan.plan, criteria: SeedPlan.criteria).chart

    @Test func svgIsAccessibleAndWellFormed() throws {
        let svg = IndicatorChartSVG.svg(chart)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>คะแนนรายตัวชี้วัด ITA ปีงบประมาณ พ.ศ. 2565 เทียบกับเป้าหมาย 85 คะแนน</title>"))
        let desc = try #require(svg.firstRange(of: "<desc>").map { svg[$0.upperBound...] }?.prefix { $0 != "<" })
        for figure in ["100.00", "99.50", "99.45", "88.21", "66.15", "81.35", "74.21", "25.00"] {
            #expect(desc.contains(figure), "the description lacks \(figure)")
        }
        #expect(desc.contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต 25.00 คะแนน (ต่ำกว่าเป้าหมาย)"))
        #expect(svg.contains("font-family=\"Sarabun, 'TH Sarabun New'"))
        #expect(TextChecks.xmlError(Data(svg.utf8)) == nil)
    }

    @Test func labelsTheTenBarsWithNumbersNamesAndScores() {
        let svg = IndicatorChartSVG.svg(chart)
        for bar in chart.bars {
            #expect(svg.contains(">\(bar.number) \(bar.name)</text>"), "no label for indicator \(bar.number)")
            #expect(svg.contains(">\(bar.scoreText)</text>"), "no score on bar \(bar.number)")
        }
        #expect(chart.bars.map(\.label).first == "1 การปฏิบัติหน้าที่")
    }

    @Test func colourTellsBarsUnderTheMarkFromTheOthers() {
        let svg = IndicatorChartSVG.svg(chart)
        let reached = svg.components(separatedBy: "height=\"18\" fill=\"\(ChartGeometry.Palette.reached)\"").count - 1
        let below = svg.components(separatedBy: "height=\"18\" fill=\"\(ChartGeometry.Palette.below)\"").count - 1
        // 1–6 are at or above 85 (6 is 88.21); 7–10 are under it.
        #expect(reached == 6 && below == 4)
        #expect(chart.reachesMark(IndicatorChart.Bar(number: 0, name: "", score: 85)))
    }

    @Test func drawsADashedPassLineAtEightyFive() {
        let svg = IndicatorChartSVG.svg(chart)
        let geometry = ChartGeometry(chart: chart)
        let x = ChartGeometry.number(geometry.plotLeft + 0.85 * geometry.plotWidth)
        #expect(svg.contains("<line x1=\"\(x)\""))
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.contains(">เป้าหมาย 85</text>"))
    }

    @Test func svgIsDeterministic() {
        #expect(IndicatorChartSVG.svg(chart) == IndicatorChartSVG.svg(chart))
    }

    @Test func coordinatesPrintTheSameEverywhere() {
        #expect(ChartGeometry.number(502) == "502")
        #expect(ChartGeometry.number(502.5) == "502.5")
        #expect(ChartGeometry.number(18.04) == "18.04")
        #expect(ChartGeometry.number(-3.456) == "-3.46")
    }
}

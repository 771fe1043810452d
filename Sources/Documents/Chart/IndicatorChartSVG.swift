/// The indicator chart as a standalone, accessible SVG: bars against a dashed pass-mark line.
public enum IndicatorChartSVG {
    /// Sarabun first (embedded in the HTML), then the government font Word users have.
    static let fontFamily = "Sarabun, 'TH Sarabun New', 'TH SarabunPSK', Laksaman, sans-serif"

    /// A complete `<svg>` element with width and height in px, a `<title>` and a `<desc>` of all scores.
    public static func svg(_ chart: IndicatorChart) -> String {
        let g = ChartGeometry(chart: chart)
        let n = ChartGeometry.number
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ita-chart-svg\" role=\"img\" "
                + "width=\"\(n(g.width))\" height=\"\(n(g.height))\" viewBox=\"0 0 \(n(g.width)) \(n(g.height))\" "
                + "font-family=\"\(fontFamily)\" font-size=\"14\" fill=\"\(ChartGeometry.Palette.text)\">")
        out.append("<title>\(chart.title.markupEscaped)</title>")
        out.append("<desc>\(chart.summary.markupEscaped)</desc>")
        out.append("<rect x=\"0\" y=\"0\" width=\"\(n(g.width))\" height=\"\(n(g.height))\" fill=\"#FFFFFF\"/>")

        // Grid and scale first, so bars and the pass line are drawn over them.
        for tick in g.ticks {
            let x = n(g.x(Double(tick)))
            out.append(
                "<line x1=\"\(x)\" y1=\"\(n(g.top))\" x2=\"\(x)\" y2=\"\(n(g.plotBottom))\" "
                    + "stroke=\"\(ChartGeometry.Palette.grid)\" stroke-width=\"1\"/>")
            out.append(
                "<text x=\"\(x)\" y=\"\(n(g.tickLabelBaseline))\" text-anchor=\"middle\" font-size=\"12\" "
                    + "fill=\"\(ChartGeometry.Palette.axis)\">\(tick)</text>")
        }
        out.append(
            "<line x1=\"\(n(g.plotLeft))\" y1=\"\(n(g.plotBottom))\" x2=\"\(n(g.plotRight))\" "
                + "y2=\"\(n(g.plotBottom))\" stroke=\"\(ChartGeometry.Palette.axis)\" stroke-width=\"1\"/>")
        out.append(
            "<line x1=\"\(n(g.plotLeft))\" y1=\"\(n(g.top))\" x2=\"\(n(g.plotLeft))\" "
                + "y2=\"\(n(g.plotBottom))\" stroke=\"\(ChartGeometry.Palette.axis)\" stroke-width=\"1\"/>")

        // The pass line goes behind the bars: it shows in the gaps and past the shorter bars, and
        // never crosses a score (paint-order halos would not do: LibreOffice and Word ignore them).
        let passX = n(g.passX)
        out.append(
            "<line x1=\"\(passX)\" y1=\"\(n(g.top - 8))\" x2=\"\(passX)\" y2=\"\(n(g.plotBottom))\" "
                + "stroke=\"\(ChartGeometry.Palette.passLine)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
        for (index, bar) in chart.bars.enumerated() {
            out.append(contentsOf: barElements(bar, index: index, geometry: g))
            out.append(scoreText(bar, index: index, geometry: g))
        }
        out.append(
            "<text x=\"\(passX)\" y=\"\(n(g.top - 14))\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" "
                + "fill=\"\(ChartGeometry.Palette.passLine)\">\(chart.passMarkLabel.markupEscaped)</text>")
        out.append(contentsOf: legend(chart, geometry: g))
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    static func barElements(_ bar: IndicatorChart.Bar, index: Int, geometry g: ChartGeometry) -> [String] {
        let n = ChartGeometry.number
        let fill = g.chart.reachesMark(bar) ? ChartGeometry.Palette.reached : ChartGeometry.Palette.below
        return [
            "<text x=\"\(n(g.labelRight))\" y=\"\(n(g.textBaseline(index)))\" text-anchor=\"end\">"
                + "\(bar.label.markupEscaped)</text>",
            "<rect x=\"\(n(g.plotLeft))\" y=\"\(n(g.barTop(index)))\" width=\"\(n(g.barLength(bar)))\" "
                + "height=\"\(n(g.barHeight))\" fill=\"\(fill)\"/>",
        ]
    }

    static func scoreText(_ bar: IndicatorChart.Bar, index: Int, geometry g: ChartGeometry) -> String {
        let n = ChartGeometry.number
        let reached = g.chart.reachesMark(bar)
        let end = g.plotLeft + g.barLength(bar)
        let baseline = n(g.textBaseline(index))
        guard g.scoreInside(bar) else {
            return "<text x=\"\(n(end + 5))\" y=\"\(baseline)\" font-size=\"13\" font-weight=\"bold\">"
                + "\(bar.scoreText)</text>"
        }
        let ink = reached ? ChartGeometry.Palette.onReached : ChartGeometry.Palette.onBelow
        return "<text x=\"\(n(end - 5))\" y=\"\(baseline)\" text-anchor=\"end\" font-size=\"13\" font-weight=\"bold\" "
            + "fill=\"\(ink)\">\(bar.scoreText)</text>"
    }

    static func legend(_ chart: IndicatorChart, geometry g: ChartGeometry) -> [String] {
        let n = ChartGeometry.number
        let mark = chart.passMarkLabel.replacingOccurrences(of: "เป้าหมาย ", with: "")
        let entries = [
            (ChartGeometry.Palette.reached, "ถึงเป้าหมาย (\(mark) คะแนนขึ้นไป)"),
            (ChartGeometry.Palette.below, "ต่ำกว่าเป้าหมาย"),
        ]
        var out: [String] = []
        var x = g.plotLeft
        for (colour, text) in entries {
            out.append(
                "<rect x=\"\(n(x))\" y=\"\(n(g.legendTop))\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>")
            out.append("<text x=\"\(n(x + 17))\" y=\"\(n(g.legendTop + 11))\" font-size=\"13\">\(text.markupEscaped)</text>")
            x += ChartGeometry.legendSpacing
        }
        return out
    }
}

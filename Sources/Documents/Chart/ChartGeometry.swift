import Foundation

/// Where everything of an `IndicatorChart` sits, in SVG user units (CSS pixels), shared by the SVG
/// and the PNG fallback so that both draw the same picture.
struct ChartGeometry {
    let chart: IndicatorChart

    let width = 600.0
    /// Indicator labels end here (text-anchor end), leaving room for the longest Thai name.
    let labelRight = 188.0
    let plotLeft = 196.0
    let plotWidth = 360.0
    /// Room above the bars for the pass-mark label.
    let top = 34.0
    let rowHeight = 28.0
    let barHeight = 18.0
    /// The scale runs 0–100, the range of every ITA score.
    let maximum = 100.0
    let ticks = [0, 20, 40, 60, 80, 100]

    var plotRight: Double { plotLeft + plotWidth }
    var plotBottom: Double { top + Double(chart.bars.count) * rowHeight }
    var tickLabelBaseline: Double { plotBottom + 17 }
    var legendTop: Double { plotBottom + 30 }
    /// From one legend swatch to the next: room for the first entry even in Laksaman, which
    /// LibreOffice uses for the SVG's Thai text and which runs about 1.4× wider than Sarabun.
    static let legendSpacing = 250.0
    var height: Double { legendTop + 24 }

    func x(_ value: Double) -> Double { plotLeft + min(max(value, 0), maximum) / maximum * plotWidth }
    var passX: Double { x(Self.double(chart.passMark)) }

    func barTop(_ index: Int) -> Double { top + Double(index) * rowHeight + (rowHeight - barHeight) / 2 }
    func barLength(_ bar: IndicatorChart.Bar) -> Double { x(Self.double(bar.score)) - plotLeft }
    /// Baseline for 13–14 px text centred on a bar.
    func textBaseline(_ index: Int) -> Double { barTop(index) + barHeight / 2 + 4.5 }

    /// A score is written inside its bar when the bar is long enough to hold "100.00".
    func scoreInside(_ bar: IndicatorChart.Bar) -> Bool { barLength(bar) >= 58 }

    enum Palette {
        static let reached = "#1F4E79"
        static let below = "#E69F00"
        static let passLine = "#C00000"
        static let grid = "#D9D9D9"
        static let axis = "#595959"
        static let text = "#1A1A1A"
        static let onReached = "#FFFFFF"
        static let onBelow = "#1A1A1A"
    }

    /// Geometry only; printed figures come from `Rounding.format`, never from this.
    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    /// A coordinate written with at most 2 decimals, the same on every platform.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(sign)\(whole).\(digits)"
    }
}

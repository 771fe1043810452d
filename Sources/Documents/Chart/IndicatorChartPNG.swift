import Foundation

/// The indicator chart rasterised without any graphics library, as the PNG fallback a .docx
/// carries beside the SVG. It draws the bars, grid, axis, pass line and the figures; the Thai
/// names are left out (drawing Thai needs a font shaper); indicators are named by number.
public enum IndicatorChartPNG {
    /// PNG bytes at `scale` device pixels per SVG unit.
    public static func png(_ chart: IndicatorChart, scale: Int = 2) -> Data {
        let g = ChartGeometry(chart: chart)
        let s = Double(scale)
        let palette = [
            "#FFFFFF", ChartGeometry.Palette.reached, ChartGeometry.Palette.below, ChartGeometry.Palette.passLine,
            ChartGeometry.Palette.grid, ChartGeometry.Palette.axis, ChartGeometry.Palette.text,
        ].map(PNGEncoder.RGB.init(hex:))
        let (reached, below, passLine, grid, axis, text): (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (1, 2, 3, 4, 5, 6)
        let white: UInt8 = 0

        var canvas = RasterCanvas(width: Int((g.width * s).rounded()), height: Int((g.height * s).rounded()))
        for tick in g.ticks {
            let x = g.x(Double(tick)) * s
            canvas.fill(x: x - s / 2, y: g.top * s, width: s, height: (g.plotBottom - g.top) * s, colour: grid)
            canvas.write("\(tick)", x: x, baseline: (g.tickLabelBaseline - 3) * s, pixel: scale, anchor: .middle, colour: axis)
        }
        canvas.fill(x: g.plotLeft * s, y: g.plotBottom * s - s / 2, width: g.plotWidth * s, height: s, colour: axis)
        canvas.fill(x: g.plotLeft * s - s / 2, y: g.top * s, width: s, height: (g.plotBottom - g.top) * s, colour: axis)

        // As in the SVG: the pass line behind the bars, the scores on top.
        canvas.dashedVerticalLine(
            x: g.passX * s, y: (g.top - 8) * s, bottom: g.plotBottom * s, thickness: 2 * s, dash: 6 * s, gap: 4 * s,
            colour: passLine)
        for (index, bar) in chart.bars.enumerated() {
            let isReached = chart.reachesMark(bar)
            let length = g.barLength(bar)
            let baseline = (g.textBaseline(index) - 1) * s
            canvas.write(
                "\(bar.number)", x: g.labelRight * s, baseline: baseline, pixel: scale, anchor: .end, colour: text)
            canvas.fill(
                x: g.plotLeft * s, y: g.barTop(index) * s, width: length * s, height: g.barHeight * s,
                colour: isReached ? reached : below)
            let inside = g.scoreInside(bar)
            canvas.write(
                bar.scoreText, x: (g.plotLeft + length + (inside ? -5 : 5)) * s, baseline: baseline, pixel: scale,
                anchor: inside ? .end : .start, colour: inside && isReached ? white : text)
        }
        canvas.write(
            passMarkFigure(chart), x: g.passX * s, baseline: (g.top - 14) * s, pixel: scale, anchor: .middle,
            colour: passLine)
        // The legend's words are Thai, so the fallback labels its swatches "≥85" and "<85".
        let figure = passMarkFigure(chart)
        for (offset, colour, label) in [(0.0, reached, "≥" + figure), (ChartGeometry.legendSpacing, below, "<" + figure)] {
            canvas.fill(x: (g.plotLeft + offset) * s, y: g.legendTop * s, width: 12 * s, height: 12 * s, colour: colour)
            canvas.write(
                label, x: (g.plotLeft + offset + 17) * s, baseline: (g.legendTop + 10) * s, pixel: scale,
                anchor: .start, colour: text)
        }
        return PNGEncoder.indexed(width: canvas.width, height: canvas.height, palette: palette, pixels: canvas.pixels)
    }

    /// The pass mark's figure alone ("85"), the part of "เป้าหมาย 85" the bitmap font can draw.
    static func passMarkFigure(_ chart: IndicatorChart) -> String {
        String(chart.passMarkLabel.filter { $0.isASCII && ($0.isNumber || $0 == ".") })
    }
}

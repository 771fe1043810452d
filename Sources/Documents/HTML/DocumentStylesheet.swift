/// The CSS of the measures document. Every rule is scoped to `.ita-measures`, so a web page
/// that embeds the document body keeps its own styles.
public enum DocumentStylesheet {
    /// Rules for the document itself, on screen and on paper.
    ///
    /// Sarabun is wider than TH Sarabun New: a measured Thai line set in 12 pt Sarabun is 14 % longer
    /// than in 16 pt TH Sarabun (14 pt would be 33 % longer), so 12 pt body text and 11 pt tables
    /// give about the official page's line length. Line height 1.6 leaves room for stacked Thai
    /// marks (ที่, ปี่): at 1.5 their ink rose above the line box, and Chromium painted it in the
    /// bottom margin of the previous page when a page began with such a line.
    public static let document = """
    .ita-measures { font-family: "Sarabun", "TH Sarabun New", "TH SarabunPSK", sans-serif; font-size: 12pt;
      line-height: 1.6; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    .ita-measures p { margin: 0 0 6pt; }
    .ita-measures .ita-title { text-align: center; margin: 0 0 18pt; }
    .ita-measures .ita-title p { margin: 0; font-size: 14pt; font-weight: 700; }
    .ita-measures .ita-title p:first-child { font-size: 16pt; }
    .ita-measures h2 { font-size: 12pt; font-weight: 700; margin: 14pt 0 6pt; break-after: avoid; page-break-after: avoid; }
    .ita-measures h3 { font-size: 12pt; font-weight: 700; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
    .ita-measures .ita-para { text-indent: 2.5em; }
    .ita-measures .ita-code { font-weight: 700; }
    .ita-measures table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 12pt;
      font-size: 11pt; line-height: 1.4; }
    .ita-measures thead { display: table-header-group; }
    .ita-measures tr { break-inside: avoid; page-break-inside: avoid; }
    .ita-measures th, .ita-measures td { border: 0.75pt solid #000; padding: 3pt 5pt; vertical-align: top;
      text-align: left; font-weight: 400; overflow-wrap: anywhere; }
    .ita-measures thead th { background: #D9E2F3; font-weight: 700; text-align: center; vertical-align: middle; }
    .ita-measures .ita-num { text-align: center; vertical-align: middle; white-space: nowrap; }
    .ita-measures .ita-total th { text-align: center; font-weight: 700; }
    .ita-measures .ita-total td { font-weight: 700; }
    .ita-measures thead .ita-instrument th { background: #F2F2F2; font-weight: 700; text-align: left; }
    .ita-measures ol, .ita-measures ul { margin: 0; padding-left: 1.5em; }
    .ita-measures ol.ita-weaknesses > li::marker { content: counter(list-item) ") "; }
    .ita-measures ol.ita-details { padding-left: 1.3em; }
    .ita-measures ul.ita-divisions { list-style-type: "- "; padding-left: 0.9em; }
    .ita-measures .ita-result col:nth-child(1) { width: 40%; }
    .ita-measures .ita-result col:nth-child(2) { width: 13%; }
    .ita-measures .ita-result col:nth-child(3) { width: 17%; }
    .ita-measures .ita-result col:nth-child(4) { width: 14%; }
    .ita-measures .ita-result col:nth-child(5) { width: 16%; }
    .ita-measures .ita-analysis col:nth-child(1) { width: 22%; }
    .ita-measures .ita-analysis col:nth-child(2) { width: 26%; }
    .ita-measures .ita-analysis col:nth-child(3) { width: 52%; }
    .ita-measures .ita-plan col:nth-child(1) { width: 18%; }
    .ita-measures .ita-plan col:nth-child(2) { width: 34%; }
    .ita-measures .ita-plan col:nth-child(3) { width: 20%; }
    .ita-measures .ita-plan col:nth-child(4) { width: 13%; }
    .ita-measures .ita-plan col:nth-child(5) { width: 15%; }
    .ita-measures .ita-nowrap { white-space: nowrap; }
    .ita-measures .ita-chart { margin: 6pt 0 12pt; text-align: center; break-inside: avoid; page-break-inside: avoid; }
    .ita-measures .ita-chart svg { width: 100%; max-width: 16cm; height: auto; }
    .ita-measures .ita-chart figcaption { font-size: 11pt; }
    """

    /// A4 with the margins of Thai official documents (top 2.5 cm, left 3 cm, right and bottom 2 cm),
    /// and the page number at the top centre from page 2 on, as Thai official letters number pages.
    public static let print = """
    @page { size: A4; margin: 2.5cm 2cm 2cm 3cm;
      @top-center { content: counter(page); font-family: "Sarabun", "TH Sarabun New", sans-serif; font-size: 12pt; } }
    @page :first { @top-center { content: none; } }
    html, body { margin: 0; padding: 0; background: #fff; }
    @media screen {
      body { background: #e8e8e8; }
      .ita-measures { box-sizing: border-box; max-width: 21cm; margin: 1cm auto; padding: 2.5cm 2cm 2cm 3cm;
        background: #fff; box-shadow: 0 0 4px rgba(0, 0, 0, 0.3); }
    }
    """
}

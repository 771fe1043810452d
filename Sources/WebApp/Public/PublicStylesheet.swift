import Documents

/// The public pages' stylesheet: plain, large, high contrast (body text 15:1, links 8:1, muted text
/// 6:1 on white), a visible focus ring and a skip link that shows when focused (WCAG 2.1 AA).
enum PublicStylesheet {
    static let css: String = SarabunFont.fontFaceCSS(.linked(prefix: "/assets/fonts/")) + """

        * { box-sizing: border-box; }
        html { font-size: 18px; }
        body { margin: 0; font-family: "Sarabun", "TH Sarabun New", sans-serif; color: #1d2329; background: #ffffff; line-height: 1.7; }
        a { color: #0b4f8a; text-decoration: underline; }
        a:hover { color: #062f54; }
        a:focus, a:focus-visible, main:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #ffffff; color: #0b4f8a; padding: 0.5rem 1rem; z-index: 10; }
        .skip:focus { left: 0.5rem; top: 0.5rem; }
        header.site { background: #0b4f8a; color: #ffffff; padding: 0.8rem 1.2rem; display: flex; flex-wrap: wrap; gap: 0.4rem 2rem; align-items: center; }
        header.site .agency { font-weight: 700; font-size: 1.15rem; margin: 0; }
        header.site .place { display: block; font-weight: 400; font-size: 0.9rem; }
        header.site a { color: #ffffff; }
        header.site a:focus { outline-color: #ffd27a; }
        header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
        main { max-width: 68rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
        h1 { font-size: 1.6rem; line-height: 1.4; margin: 0.6rem 0 0.8rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid #0b4f8a; padding-bottom: 0.2rem; }
        h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1.2rem; }
        caption { text-align: left; font-weight: 700; padding: 0.3rem 0; }
        th, td { border: 1px solid #8a96a3; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { background: #e7edf3; }
        tbody th { font-weight: 700; white-space: nowrap; }
        ul.links { margin: 0; padding-left: 1.1rem; }
        /* The item tables of every sub-indicator share one set of column widths, so they read as one list. */
        table.items { table-layout: fixed; }
        table.items th:nth-child(1) { width: 4.5rem; }
        table.items th:nth-child(2) { width: 38%; }
        .muted { color: #545f6b; }
        .none { color: #545f6b; font-style: italic; }
        .url { word-break: break-all; font-size: 0.9rem; }
        .downloads a { margin-right: 1rem; }
        footer.site { border-top: 1px solid #c9d1d9; padding: 1rem 1.2rem 2rem; max-width: 68rem; margin: 0 auto; }
        @media print { header.site nav, .skip { display: none; } header.site { background: #fff; color: #000; } }
        """
}

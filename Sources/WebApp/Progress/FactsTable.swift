/// A few labelled facts about a measure or a meeting, as a two-column table in the app's style.
struct FactsTable {
    let rows: [(label: String, value: HTML)]

    var html: HTML {
        let cells = rows.map { "<tr><th scope=\"row\">\($0.label)</th><td>\($0.value)</td></tr>" as HTML }
        return "<table class=\"data facts\"><tbody>\(cells)</tbody></table>"
    }
}

extension QRCode {
    /// The code as a standalone SVG: one path of unit squares on a white square with the four-module quiet
    /// zone the standard asks for. Scales to any size without blurring; `crispEdges` keeps modules sharp.
    public func svg(pixelsPerModule: Int = 8, title: String? = nil) -> String {
        let quiet = 4
        let side = size + 2 * quiet
        var path = ""
        for (row, line) in modules.enumerated() {
            var column = 0
            while column < size {
                guard line[column] else { column += 1; continue }
                // One rectangle per horizontal run of dark modules keeps the path short.
                var end = column
                while end + 1 < size && line[end + 1] { end += 1 }
                path += "M\(column + quiet) \(row + quiet)h\(end - column + 1)v1h-\(end - column + 1)z"
                column = end + 1
            }
        }
        let titleElement = title.map { "<title>\(Self.escape($0))</title>" } ?? ""
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="\(side * pixelsPerModule)" \
            height="\(side * pixelsPerModule)" shape-rendering="crispEdges" role="img">\(titleElement)\
            <rect width="\(side)" height="\(side)" fill="#fff"/><path d="\(path)" fill="#000"/></svg>
            """
    }

    private static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

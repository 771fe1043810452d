/// One CSV record and the line it starts on.
struct CSVRecord: Hashable, Sendable {
    let line: Int
    let fields: [String]
}

/// Splits CSV text into records: RFC 4180 quoting ("a, b", "say ""x"""), CRLF or LF line ends,
/// quoted fields spanning lines. The delimiter is a comma, or a tab or semicolon when the first
/// line has no comma (a copy from a spreadsheet).
enum CSVReader {
    static func records(_ text: String, fileName: String?) throws(ImportError) -> [CSVRecord] {
        let scalars = Array(text.unicodeScalars)
        let delimiter = self.delimiter(scalars)
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var index = 0
        func endRecord() {
            fields.append(String(field).trimmingCharacters(in: .whitespaces))
            if fields.contains(where: { !$0.isEmpty }) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
            field = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
            } else if scalar == "\"" && String(field).trimmingCharacters(in: .whitespaces).isEmpty {
                inQuotes = true
                quoteLine = line
                field = String.UnicodeScalarView()
            } else if scalar == delimiter {
                fields.append(String(field).trimmingCharacters(in: .whitespaces))
                field = String.UnicodeScalarView()
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(scalar)
            }
            index += 1
        }
        if inQuotes {
            throw ImportError(
                fileName: fileName, line: quoteLine, field: "row", messageTH: "เครื่องหมายคำพูด \" เปิดแล้วไม่ได้ปิด",
                messageEN: "a quoted field is never closed")
        }
        endRecord()
        return records
    }

    private static func delimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        let firstLine = scalars.prefix { $0 != "\n" }
        if firstLine.contains(",") { return "," }
        if firstLine.contains("\t") { return "\t" }
        if firstLine.contains(";") { return ";" }
        return ","
    }
}

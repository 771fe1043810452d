import Testing
@testable import Importing

@Suite struct CSVReaderTests {
    @Test func quotedFieldsAndLineNumbers() throws {
        let records = try CSVReader.records("a,\"b, c\"\r\n\n\"say \"\"hi\"\"\",\"two\nlines\"\nlast,1", fileName: nil)
        #expect(records.map(\.line) == [1, 3, 5])
        #expect(records[0].fields == ["a", "b, c"])
        #expect(records[1].fields == ["say \"hi\"", "two\nlines"])
    }

    @Test func tabDelimitedFromASpreadsheet() throws {
        #expect(try CSVReader.records("1\t100.00\n2\t99.50", fileName: nil).map(\.fields) == [["1", "100.00"], ["2", "99.50"]])
    }
}

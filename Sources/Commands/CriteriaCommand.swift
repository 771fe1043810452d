import ArgumentParser
import Criteria
import Foundation

/// `prongsai criteria` — checks a criteria file, or starts a new year's file from an earlier year,
/// so agencies need no new release when the NACC publishes a year's manual.
struct CriteriaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: "ตรวจหรือสร้างไฟล์เกณฑ์การประเมิน / validate or create a criteria file.",
        subcommands: [Validate.self, New.self, List.self])

    /// `prongsai criteria validate FILE`
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "ตรวจไฟล์เกณฑ์ (JSON) / validate a criteria file (JSON).")

        @Argument(help: "The criteria file, in the bundled format (see the README).")
        var file: String

        func run() async throws {
            try await reportingFailures(file: file) {
                let data = try InputFile.read(file)
                let criteria = try CriteriaLoader.load(data, file: InputFile.fileName(file))
                let oit = criteria.items.filter { criteria.indicator($0.indicator)?.instrument == .oit }
                Console.output("""
                    \(InputFile.fileName(file)): ถูกต้อง / valid — ปี \(criteria.fiscalYear), \(criteria.items.count) ข้อ (OIT \(oit.count)), \
                    ข้อที่ยังไม่ยืนยัน / unverified items: \(criteria.unverifiedItems.count)

                    """)
                for caveat in criteria.caveats { Console.output("  - \(caveat.th)\n    \(caveat.en)\n") }
            }
        }
    }

    /// `prongsai criteria new --from 2569 --year 2570 -o FILE`
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "สร้างเกณฑ์ปีใหม่จากปีก่อน / start a year's criteria from an earlier year.")

        @Option(help: "The bundled year to copy (พ.ศ.), e.g. 2569.")
        var from: Int

        @Option(help: "The new fiscal year (พ.ศ.), e.g. 2570.")
        var year: Int

        @Option(name: [.short, .customLong("output")], help: "Where to write the new file.")
        var output: String

        func run() async throws {
            try await reportingFailures(file: output) {
                guard year > from else {
                    throw CommandFailure(
                        location: "--year", messageTH: "ปีใหม่ (\(year)) ต้องมาหลังปีต้นแบบ (\(from))",
                        messageEN: "the new year (\(year)) must come after the year it copies (\(from))")
                }
                let source = try CriteriaCatalog.shared.get().criteria(for: from)
                let criteria = CriteriaDerivation.newYear(year, from: source)
                let data = try CriteriaDerivation.json(criteria)
                // The file is checked as it will be read back, so a file written here always loads.
                _ = try CriteriaLoader.load(data, file: output)
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CommandFailure(
                        location: output, messageTH: "เขียนไฟล์ไม่ได้ (\(error.localizedDescription))",
                        messageEN: "cannot write the file (\(error.localizedDescription))")
                }
                Console.output("เขียน \(output) แล้ว: เกณฑ์ปี \(year) จากปี \(from) / wrote \(output): criteria \(year) from \(from)\n")
            }
        }
    }

    /// `prongsai criteria list`
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "ปีที่มีเกณฑ์ในโปรแกรม / the bundled criteria years.")

        func run() async throws {
            try await reportingFailures(file: "") {
                let catalog = try CriteriaCatalog.shared.get()
                for year in catalog.availableYears {
                    let criteria = catalog.years[year]!
                    let oit = criteria.items.filter { criteria.indicator($0.indicator)?.instrument == .oit }.count
                    let assumed = criteria.assumedFrom.map { " (ใช้เกณฑ์ปี \($0) / assumed from \($0))" } ?? ""
                    Console.output("\(year)  OIT \(oit) ข้อ/items  \(criteria.presentation.mode.rawValue)\(assumed)\n")
                }
            }
        }
    }
}

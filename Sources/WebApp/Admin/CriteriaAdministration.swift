import Criteria
import Foundation
import Storage
import Workbench

/// Saving a year's criteria as a new version, for the upload, the new-year form and the editor alike:
/// every file goes through the same loader, is stored with a note, and is used at once.
struct CriteriaAdministration {
    let environment: WebEnvironment

    var library: CriteriaLibrary { environment.criteriaLibrary }

    /// The signed-in administrator of the installation, or a refusal.
    static func administrator(_ context: AppRequestContext) throws -> Identity {
        guard let identity = context.identity else { throw WebError.signInRequired }
        guard Permissions.canAdminister(user: identity.user) else { throw WebError.forbidden }
        return identity
    }

    /// Where a version came from, for the note when the administrator writes none.
    enum Origin {
        case upload(fileName: String)
        case derived(from: Int, version: Int)
        case edited
    }

    /// Reads a file as the loader reads bundled files; a refusal names the file, the place and the reason.
    static func load(_ data: Data, file: String) throws(CriteriaProblem) -> Criteria {
        do {
            return try CriteriaLoader.load(data, file: file)
        } catch {
            throw CriteriaProblem(error: error)
        }
    }

    /// Encodes criteria built in the browser and reads them back through the loader.
    static func validate(_ criteria: Criteria) throws(CriteriaProblem) -> Criteria {
        let data: Data
        do {
            data = try CriteriaDerivation.json(criteria)
        } catch {
            throw CriteriaProblem(error: CriteriaError(file: "criteria-\(criteria.fiscalYear).json", path: "", reason: "\(error)"))
        }
        return try load(data, file: "criteria-\(criteria.fiscalYear).json")
    }

    /// The criteria of a new year copied from an earlier one (its newest version), already validated.
    func derive(_ year: Int, from source: Int) throws -> Criteria {
        guard let from = environment.catalog.years[source] else {
            throw WebError(.notFound, field: "from", th: "ไม่มีเกณฑ์ของปี \(source)", en: "there are no criteria for \(source)")
        }
        guard (2500...2700).contains(year), year > source else {
            throw WebError.badInput(
                "year", th: "ปีใหม่ต้องเป็นปี พ.ศ. ที่อยู่หลังปี \(source)", en: "the new year must be a B.E. year after \(source)")
        }
        // A year with criteria of its own is edited, not overwritten by a copy of another year.
        if let existing = environment.catalog.years[year], existing.assumedFrom == nil {
            throw WebError(
                .conflict, field: "year",
                th: "ปี \(year) มีเกณฑ์ของปีนั้นแล้ว กรุณาแก้ไขที่หน้าเกณฑ์ปี \(year) หรือนำเข้าไฟล์",
                en: "\(year) has criteria of its own; edit them on the \(year) page or upload a file")
        }
        return try Self.validate(CriteriaDerivation.newYear(year, from: from))
    }

    /// Saves validated criteria as the year's next version and uses them from now on. The note is the
    /// administrator's, or says what changed against the newest version before this one.
    func save(_ criteria: Criteria, note: String?, origin: Origin, by identity: Identity) async throws -> StoredCriteriaVersion {
        let year = criteria.fiscalYear
        let written = note?.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1_000)
        let text = written.map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? generatedNote(criteria, origin: origin)
        let json = try CriteriaDerivation.json(criteria)
        let record = try await environment.repositories.criteria.saveCriteriaVersion(
            fiscalYear: year, json: json, note: text, actor: identity.actor(at: environment.now()))
        library.add(record, criteria: criteria)
        return record
    }

    func generatedNote(_ criteria: Criteria, origin: Origin) -> String {
        let year = criteria.fiscalYear
        let previous = environment.catalog.years[year]
        let changes = previous.map { CriteriaDiff.changes(from: $0, to: criteria) }
        let start: String? = switch origin {
        case .upload(let fileName): "นำเข้าจากไฟล์ \(fileName)"
        case .derived(let from, let version): "สร้างจากเกณฑ์ปี \(from) \(Self.versionName(version))"
        case .edited: nil
        }
        guard let changes else { return start ?? "ฉบับแรกของปี \(year)" }
        return [start, CriteriaDiff.note(changes)].compactMap { $0 }.joined(separator: ": ")
    }

    /// "ฉบับที่ 2", or the bundled file for version 0.
    static func versionName(_ version: Int, _ t: Language = .th) -> String {
        version == StoredCriteriaVersion.bundledVersion
            ? t("ฉบับที่มากับโปรแกรม", "the bundled version") : t("ฉบับที่ \(version)", "version \(version)")
    }
}

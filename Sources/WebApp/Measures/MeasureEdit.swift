import Criteria
import Foundation
import Hummingbird
import Planning
import Storage
import ThaiText
import Workbench

/// Adding, changing, removing and reordering measures: one set of rules for the measures pages
/// and the API.
enum MeasureEdit {
    /// The months a measure of a plan year may run in: its fiscal year, with a year of slack on
    /// either side for work that starts early or finishes late.
    static func allowedMonths(planYear: Int) -> ClosedRange<YearMonth> {
        let year = FiscalYear(planYear)
        return year.previous.firstMonth...year.next.lastMonth
    }

    /// The measure with its texts trimmed and empty lines dropped, or a 400 naming the first bad field.
    static func validated(_ measure: Measure, planYear: Int) throws -> Measure {
        var measure = measure
        measure.title = measure.title.trimmingCharacters(in: .whitespacesAndNewlines)
        measure.steps = cleaned(measure.steps)
        measure.divisions = cleaned(measure.divisions)
        measure.monitoring = measure.monitoring.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !measure.title.isEmpty else {
            throw WebError.badInput("title", th: "กรุณากรอกชื่อมาตรการ", en: "the measure needs a title")
        }
        guard !measure.steps.isEmpty else {
            throw WebError.badInput("steps", th: "กรุณากรอกวิธีดำเนินการอย่างน้อย 1 ขั้นตอน", en: "give at least one step")
        }
        guard !measure.divisions.isEmpty else {
            throw WebError.badInput("divisions", th: "กรุณาเลือกผู้รับผิดชอบอย่างน้อย 1 หน่วย", en: "choose at least one responsible division")
        }
        let period = measure.period
        guard period.start <= period.end else {
            throw WebError.badInput(
                "period.start",
                th: "เดือนเริ่มต้น (\(period.start.thaiAbbreviated)) ต้องไม่อยู่หลังเดือนสิ้นสุด (\(period.end.thaiAbbreviated))",
                en: "the start month (\(period.start.english)) is after the end month (\(period.end.english))")
        }
        let allowed = allowedMonths(planYear: planYear)
        for (field, month) in [("period.start", period.start), ("period.end", period.end)] where !allowed.contains(month) {
            throw WebError.badInput(
                field,
                th: "\(month.thaiAbbreviated) อยู่นอกช่วงที่ใช้ได้ของแผนปี \(planYear) (\(allowed.lowerBound.thaiAbbreviated) - \(allowed.upperBound.thaiAbbreviated))",
                en: "\(month.english) is outside the range for the \(planYear) plan (\(allowed.lowerBound.english) – \(allowed.upperBound.english))")
        }
        return measure
    }

    private static func cleaned(_ lines: [String]) -> [String] {
        lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A new measure from a bundled template, worded for the plan year and the agency's divisions.
    static func fromTemplate(_ key: String, planYear: Int, divisions: [String], criteria: Criteria?) throws -> Measure {
        let library = MeasureTemplateLibrary.bundled
        guard let template = library.templates.first(where: { $0.key == key })?.resolved(for: criteria) else {
            throw WebError.badInput("template", th: "ไม่มีแม่แบบมาตรการ \(key)", en: "there is no measure template \(key)")
        }
        let year = FiscalYear(planYear)
        let period = switch template.period {
        case .fullYear: year.period
        // Done before the OIT answers are submitted in April, so the fix counts this year.
        case .beforeOIT: MonthPeriod(start: year.firstMonth, end: YearMonth(year: planYear, month: .april))
        }
        let names: [String] = switch template.divisions {
        case .all: divisions.isEmpty ? TypicalDivisions.subdistrictAdministrativeOrganisation : divisions
        case .named(let names): names
        }
        return Measure(
            title: template.title, steps: template.steps, divisions: names, period: period,
            monitoring: library.monitoringText(template.monitoring), indicators: template.indicators, itemCodes: template.items)
    }

    /// The agency of the path (readable by the user) and its measure `:measure`, with the scope's
    /// year set to the measure's. Another agency's measure is a 404, as if it did not exist.
    static func resolve(
        _ request: Request, _ context: AppRequestContext, _ environment: WebEnvironment
    ) async throws -> (AgencyScope, MeasureRecord) {
        var scope = try await AgencyScope.resolve(request, context, environment)
        guard let id = Identifier<MeasureRecord>(try context.parameters.require("measure")),
              let record = try await environment.repositories.plans.fetchMeasure(id: id, agency: scope.agency.id)
        else { throw WebError(.notFound, field: "measure", th: "ไม่พบมาตรการนี้", en: "no such measure") }
        scope.year = record.planYear
        return (scope, record)
    }

    /// The measure-worker rule: the coordinator, or a head of one of the measure's divisions.
    static func requireWork(on record: MeasureRecord, _ scope: AgencyScope) throws {
        guard Permissions.canWork(on: record, user: scope.user) else {
            throw WebError(
                .forbidden, th: "แก้ไขได้เฉพาะมาตรการที่หน่วยงานของท่านรับผิดชอบ",
                en: "you may edit only the measures your division is responsible for")
        }
    }

    /// Stores a new measure at the end of the plan.
    static func insert(_ measure: Measure, plan: StoredPlan, environment: WebEnvironment, actor: Actor) async throws -> MeasureRecord {
        let checked = try validated(measure, planYear: plan.year.planYear)
        let record = MeasureRecord(
            id: Identifier(UUID()), agencyID: plan.year.agencyID, planYear: plan.year.planYear,
            position: (plan.measures.map(\.position).max() ?? 0) + 1, measure: checked, updatedAt: actor.at)
        try await WebError.mappingStorage { try await environment.repositories.plans.insertMeasure(record, actor: actor) }
        return record
    }

    /// Replaces a measure's content; its id, place and progress stay. A division head's change to the
    /// divisions counts only for their own division (`Permissions.divisions(afterEditBy:)`).
    static func update(
        _ record: MeasureRecord, with measure: Measure, by user: UserAccount, environment: WebEnvironment, actor: Actor
    ) async throws -> MeasureRecord {
        var measure = measure
        measure.divisions = Permissions.divisions(afterEditBy: user, stored: record.measure.divisions, proposed: measure.divisions)
        var record = record
        record.measure = try validated(measure, planYear: record.planYear)
        record.updatedAt = actor.at
        let updated = record
        try await WebError.mappingStorage { try await environment.repositories.plans.updateMeasure(updated, actor: actor) }
        return updated
    }

    /// Deletes a measure without progress; the store closes the gap in the numbering in the same transaction.
    static func delete(_ record: MeasureRecord, environment: WebEnvironment, actor: Actor) async throws {
        do {
            try await environment.repositories.plans.deleteMeasure(id: record.id, agency: record.agencyID, actor: actor)
        } catch StorageError.conflict {
            throw WebError(
                .conflict, field: "measure",
                th: "ลบมาตรการ “\(record.measure.title)” ไม่ได้ เพราะมีรายงานความก้าวหน้าแล้ว (หลักฐานการดำเนินงานต้องคงอยู่สำหรับ O43)",
                en: "“\(record.measure.title)” cannot be deleted: it has progress reports, which must stay as evidence for O43")
        } catch let error as StorageError {
            throw WebError.planStorage(error) ?? error
        }
    }

    /// Moves a measure one place up (-1) or down (+1); the plan is renumbered 1…n in one transaction.
    static func move(_ record: MeasureRecord, by offset: Int, plan: StoredPlan, environment: WebEnvironment, actor: Actor) async throws {
        var order = plan.measures.map(\.id)
        guard let index = order.firstIndex(of: record.id) else { throw WebError.notFound }
        let target = index + offset
        guard order.indices.contains(target) else { return }
        order.swapAt(index, target)
        try await WebError.mappingStorage {
            try await environment.repositories.plans.reorderMeasures(
                agency: record.agencyID, year: record.planYear, order: order, actor: actor)
        }
    }
}

import Foundation
import Planning
import Storage
import Workbench

/// Adds an agency to the installation, for the admin page and the API alike.
struct AgencyRegistration {
    let environment: WebEnvironment

    /// Checks every field, then stores the agency with its divisions; a refusal names the field and stores nothing.
    func register(_ input: NewAgencyInput, by identity: Identity) async throws -> AgencyRecord {
        guard Permissions.canAdminister(user: identity.user) else { throw WebError.forbidden }
        let kind = try Self.text(input.kind, "kind", "ประเภทหน่วยงาน", "the kind of agency", limit: 80)
        let name = try Self.text(input.name, "name", "ชื่อหน่วยงาน", "the name", limit: 120)
        let district = try Self.text(input.district, "district", "อำเภอ", "the district", limit: 80)
        let province = try Self.text(input.province, "province", "จังหวัด", "the province", limit: 80)
        let slug = try Self.text(input.slug, "slug", "ชื่อในลิงก์", "the URL name", limit: 40).lowercased()
        guard AgencyRecord.isValidSlug(slug) else {
            throw WebError.badInput(
                "slug", th: "ชื่อในลิงก์ต้องขึ้นต้นด้วยอักษรอังกฤษ ใช้ได้เฉพาะ a-z 0-9 และ - ยาว 2–40 ตัว",
                en: "the URL name must start with a letter and use only a-z, 0-9 and -, 2–40 characters")
        }
        let divisions = try Self.divisions(input.divisions)
        if try await environment.repositories.agencies.fetchAgency(slug: slug) != nil {
            throw Self.slugTaken(slug)
        }
        let agency = AgencyRecord(
            id: Identifier(UUID()), slug: slug,
            agency: Agency(kind: kind, name: name, district: district, province: province), createdAt: environment.now())
        do {
            try await environment.repositories.agencies.insertAgency(
                agency, divisions: divisions, actor: identity.actor(at: environment.now()))
        } catch StorageError.duplicate {
            // Another request took the slug between the check and the insert.
            throw Self.slugTaken(slug)
        }
        return agency
    }

    static func slugTaken(_ slug: String) -> WebError {
        WebError(.conflict, field: "slug", th: "มีหน่วยงานที่ใช้ชื่อในลิงก์ \(slug) แล้ว", en: "the URL name \(slug) is taken")
    }

    /// A required text field: trimmed, not empty, not longer than `limit`.
    static func text(_ value: String?, _ field: String, _ labelTH: String, _ labelEN: String, limit: Int) throws -> String {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty else { throw WebError.badInput(field, th: "กรุณากรอก\(labelTH)", en: "\(labelEN) is required") }
        guard trimmed.count <= limit else {
            throw WebError.badInput(
                field, th: "\(labelTH)ยาวเกิน \(limit) ตัวอักษร", en: "\(labelEN) is longer than \(limit) characters")
        }
        return trimmed
    }

    /// One division a line; none given means the six divisions of a typical อบต.
    static func divisions(_ lines: [String]?) throws -> [String] {
        let names = (lines ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return TypicalDivisions.subdistrictAdministrativeOrganisation }
        guard names.count <= 40 else {
            throw WebError.badInput("divisions", th: "ส่วนราชการมากเกิน 40 รายการ", en: "more than 40 divisions")
        }
        if let long = names.first(where: { $0.count > 120 }) {
            throw WebError.badInput(
                "divisions", th: "ชื่อส่วนราชการยาวเกิน 120 ตัวอักษร: \(long.prefix(30))…",
                en: "a division name is longer than 120 characters: \(long.prefix(30))…")
        }
        for (index, name) in names.enumerated() where names[..<index].contains(where: { DivisionMatch.same($0, name) }) {
            throw WebError.badInput("divisions", th: "ส่วนราชการซ้ำ: \(name)", en: "a division is listed twice: \(name)")
        }
        return names
    }
}

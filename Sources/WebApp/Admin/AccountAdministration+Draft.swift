import Foundation
import Workbench

extension AccountAdministration {
    /// The account the input describes, checked field by field in the order the form shows them.
    /// Its password hash is still empty.
    func draft(_ input: NewUserInput, in scope: AccountScope) async throws -> UserAccount {
        let username = (input.username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard !username.isEmpty else {
            throw WebError.badInput("username", th: "กรุณากรอกชื่อผู้ใช้", en: "the username is required")
        }
        guard UserAccount.isValidUsername(username) else {
            throw WebError.badInput(
                "username", th: "ชื่อผู้ใช้ใช้ได้เฉพาะ a-z 0-9 . - _ ยาว 3–40 ตัว",
                en: "the username may use only a-z, 0-9, dot, dash and underscore, 3–40 characters")
        }
        if try await users.fetchUser(username: username) != nil { throw Self.usernameTaken(username) }
        let displayName = try AgencyRegistration.text(input.displayName, "displayName", "ชื่อที่แสดง", "the display name", limit: 120)
        let role = try self.role(input.role, in: scope)
        let agency = try await self.agency(input.agency, role: role, in: scope)
        let division = try await self.division(input.division, role: role, agency: agency)
        return UserAccount(
            id: Identifier(UUID()), username: username, displayName: displayName, role: role, agencyID: agency?.id,
            divisionName: division, passwordHash: "", mustChangePassword: true, createdAt: environment.now())
    }

    private func role(_ text: String?, in scope: AccountScope) throws -> Role {
        guard let text, !text.isEmpty else {
            throw WebError.badInput("role", th: "กรุณาเลือกบทบาท", en: "the role is required")
        }
        guard let role = Role(rawValue: text), scope.assignableRoles.contains(role) else {
            let allowed = scope.assignableRoles.map(\.rawValue).joined(separator: ", ")
            throw WebError.badInput("role", th: "บทบาทต้องเป็นหนึ่งใน \(allowed)", en: "the role must be one of \(allowed)")
        }
        return role
    }

    /// Administrators belong to no agency; everyone else to the scope's agency or the one named.
    private func agency(_ slug: String?, role: Role, in scope: AccountScope) async throws -> AgencyRecord? {
        if role == .administrator { return nil }
        if let agency = scope.agency { return agency }
        guard let slug, !slug.isEmpty else {
            throw WebError.badInput("agency", th: "กรุณาเลือกหน่วยงาน", en: "the agency is required for this role")
        }
        guard let agency = try await environment.repositories.agencies.fetchAgency(slug: slug) else {
            throw WebError.badInput("agency", th: "ไม่พบหน่วยงาน \(slug)", en: "no agency \(slug)")
        }
        return agency
    }

    /// A division head needs one of the agency's own divisions, stored as the agency spells it.
    private func division(_ name: String?, role: Role, agency: AgencyRecord?) async throws -> String? {
        guard role == .divisionHead, let agency else { return nil }
        guard let name, !name.isEmpty else {
            throw WebError.badInput("division", th: "กรุณาเลือกส่วนราชการของหัวหน้าส่วนราชการ", en: "a division head needs a division")
        }
        let divisions = try await environment.repositories.agencies.fetchDivisions(agency: agency.id)
        guard let division = divisions.first(where: { DivisionMatch.same($0.name, name) }) else {
            throw WebError.badInput(
                "division", th: "\(agency.agency.fullName) ไม่มีส่วนราชการ \(name)",
                en: "\(agency.slug) has no division \(name)")
        }
        return division.name
    }
}

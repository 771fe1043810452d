/// The named schemas of `#/components/schemas`, gathered from each feature's part.
enum OpenAPISchemas {
    static var all: [String: JSONSchema] {
        accounts.merging(plans) { first, _ in first }.merging(progress) { first, _ in first }
            .merging(disclosure) { first, _ in first }
            .merging(complaints) { first, _ in first }
    }

    /// Accounts, agencies, sessions and the error shape every refusal has.
    static let accounts: [String: JSONSchema] = [
        "Error": .object(
            [
                ("error", .string(description: "The reason, in English.")),
                ("errorTH", .string(description: "The reason, in Thai.")),
                ("field", .nullable(.string(description: "The field at fault, when there is one."))),
            ], required: ["error", "errorTH", "field"]),
        "Account": .object(
            [
                ("username", .string()), ("displayName", .string()),
                ("role", .oneOfStrings(["administrator", "coordinator", "divisionHead", "viewer"])),
                ("agency", .nullable(.string(description: "The agency's slug; null for an administrator."))),
                ("division", .nullable(.string(description: "A division head's division."))),
                ("active", .boolean()), ("mustChangePassword", .boolean()), ("createdAt", .string(format: "date-time")),
            ],
            required: ["username", "displayName", "role", "agency", "division", "active", "mustChangePassword", "createdAt"]),
        "Agency": .object(
            [
                ("slug", .string()), ("kind", .string(description: "e.g. องค์การบริหารส่วนตำบล")),
                ("name", .string(description: "The name without its kind, e.g. ทับคล้อ")), ("fullName", .string()),
                ("district", .string()), ("province", .string()), ("divisions", .array(.string())),
            ],
            required: ["slug", "kind", "name", "fullName", "district", "province", "divisions"]),
        "NewAgency": .object(
            [
                ("kind", .string()), ("name", .string()), ("district", .string()), ("province", .string()),
                ("slug", .string(description: "Lower-case letters, digits and -; starts with a letter; 2–40 characters.")),
                ("divisions", .array(.string(), description: "In order; empty or absent gives the six divisions of a typical อบต.")),
            ],
            required: ["kind", "name", "district", "province", "slug"]),
        "NewUser": .object(
            [
                ("username", .string(description: "3–40 of a-z, 0-9, dot, dash, underscore.")), ("displayName", .string()),
                ("role", .oneOfStrings(["administrator", "coordinator", "divisionHead", "viewer"], description: "Coordinators may give coordinator, divisionHead or viewer.")),
                ("agency", .string(description: "The agency's slug; required unless administrator (ignored in an agency's own path).")),
                ("division", .string(description: "Required for a division head: one of the agency's divisions.")),
            ],
            required: ["username", "displayName", "role"]),
        "Credentials": .object([("username", .string()), ("password", .string())], required: ["username", "password"]),
        "PasswordChange": .object([("current", .string()), ("new", .string(description: "At least 10 characters."))], required: ["current", "new"]),
        "Session": .object(
            [
                ("token", .string(description: "Send as `Authorization: Bearer <token>`. Shown once; stored only as its SHA-256.")),
                ("expiresAt", .string(format: "date-time")), ("mustChangePassword", .boolean()), ("user", .reference("Account")),
            ],
            required: ["token", "expiresAt", "mustChangePassword", "user"]),
        "Me": .object(
            [("expiresAt", .string(format: "date-time")), ("mustChangePassword", .boolean()), ("user", .reference("Account"))],
            required: ["expiresAt", "mustChangePassword", "user"]),
        "AccountAnswer": .object([("user", .reference("Account"))], required: ["user"]),
        "AccountList": .object([("users", .array(.reference("Account")))], required: ["users"]),
        "AgencyList": .object([("agencies", .array(.reference("Agency")))], required: ["agencies"]),
        "IssuedPassword": .object(
            [
                ("user", .reference("Account")),
                ("oneTimePassword", .string(description: "Shown only in this answer; the user must replace it at first sign-in.")),
            ],
            required: ["user", "oneTimePassword"]),
    ]
}

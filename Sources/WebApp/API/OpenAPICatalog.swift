/// Every API operation the document can describe, one value per route, grouped by feature.
/// A route added to the route table under `/api/` needs its operation here (the OpenAPI test says which).
enum OpenAPICatalog {
    static var operations: [OpenAPIOperation] { sessions + accounts + plans + measures + progress + disclosure + complaints }

    static let sessions: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .post, path: "/api/v1/session", access: .anyone, id: "signIn", tag: "sessions",
            summary: "Sign in and get a bearer token.",
            body: .json(.reference("Credentials")),
            answers: [.json(200, "Signed in.", .reference("Session"))],
            refusals: [401, 429]),
        OpenAPIOperation(
            method: .delete, path: "/api/v1/session", access: .signedIn, id: "signOut", tag: "sessions",
            summary: "End this session; its token stops working.",
            answers: [.empty(204, "Signed out.")]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/me", access: .signedIn, id: "me", tag: "sessions",
            summary: "The signed-in account and when its session ends.",
            answers: [.json(200, "The caller.", .reference("Me"))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/password", access: .signedIn, id: "changePassword", tag: "sessions",
            summary: "Change the password (required after a one-time password). Other sessions of the account end.",
            body: .json(.reference("PasswordChange")),
            answers: [.json(200, "Changed.", .reference("AccountAnswer"))],
            refusals: [429]),
    ]

    static let accounts: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/agencies", access: .signedIn, id: "listAgencies", tag: "agencies",
            summary: "The agencies the caller may read: all for an administrator, else their own.",
            answers: [.json(200, "Agencies by slug.", .reference("AgencyList"))]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/agencies", access: .administrator, id: "createAgency", tag: "agencies",
            summary: "Add an agency with its divisions.",
            body: .json(.reference("NewAgency")),
            answers: [.json(201, "Created.", .reference("Agency"))],
            refusals: [409]),
    ] + userOperations(
        base: "/api/v1/users", access: .administrator, idSuffix: "", who: "of the installation")
        + userOperations(
            base: "/api/v1/agencies/:agency/users", access: .planEditor, idSuffix: "OfAgency",
            who: "of one agency (for its coordinator: its coordinator, divisionHead and viewer accounts)")

    /// The same five operations for both scopes of account management.
    static func userOperations(base: String, access: RouteAccess, idSuffix: String, who: String) -> [OpenAPIOperation] {
        [
            OpenAPIOperation(
                method: .get, path: base, access: access, id: "listUsers\(idSuffix)", tag: "users",
                summary: "The accounts \(who).",
                answers: [.json(200, "Accounts.", .reference("AccountList"))]),
            OpenAPIOperation(
                method: .post, path: base, access: access, id: "createUser\(idSuffix)", tag: "users",
                summary: "Add an account \(who); the answer carries its one-time password, shown only here.",
                body: .json(.reference("NewUser")),
                answers: [.json(201, "Created.", .reference("IssuedPassword"))],
                refusals: [409]),
            OpenAPIOperation(
                method: .post, path: "\(base)/:user/reset", access: access, id: "resetPassword\(idSuffix)", tag: "users",
                summary: "Issue a new one-time password for an account \(who); the account's sessions end. A complaint recipient's only by the administrator (else 403), and the recipient is told.",
                answers: [.json(200, "Issued.", .reference("IssuedPassword"))],
                refusals: [409]),
            OpenAPIOperation(
                method: .post, path: "\(base)/:user/deactivate", access: access, id: "deactivateUser\(idSuffix)", tag: "users",
                summary: "Switch an account \(who) off; its sessions end. Not one's own. A complaint recipient's only by the administrator (else 403), and only with confirm=yes (else 409 naming what it does to the channel).",
                query: [.init(name: "confirm", description: "yes to switch off a complaint recipient", schema: .oneOfStrings(["yes"]))],
                answers: [.json(200, "Deactivated.", .reference("AccountAnswer"))],
                refusals: [409]),
            OpenAPIOperation(
                method: .post, path: "\(base)/:user/activate", access: access, id: "activateUser\(idSuffix)", tag: "users",
                summary: "Switch an account \(who) on again.",
                answers: [.json(200, "Activated.", .reference("AccountAnswer"))]),
        ]
    }
}
